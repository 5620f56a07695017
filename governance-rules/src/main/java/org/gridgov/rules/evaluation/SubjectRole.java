package org.gridgov.rules.evaluation;

/**
 * The role in which a subject is measured by the role KPIs, as digital urban management evaluation
 * separates them (GB/T 30428's performance part): who dispatches an order, and who handles it.
 */
public enum SubjectRole {
  /** 派遣: whoever dispatched the order, a person or a routing rule. */
  DISPATCHER("派遣", "dispatcher"),
  /** 处置: the responsible subject it was dispatched to. */
  HANDLER("处置", "handler");

  private final String chineseName;
  private final String englishName;

  SubjectRole(String chineseName, String englishName) {
    this.chineseName = chineseName;
    this.englishName = englishName;
  }

  /**
   * The name used in Chinese reports.
   *
   * @return such as {@code 派遣}
   */
  public String chineseName() {
    return chineseName;
  }

  /**
   * The name used in English reports.
   *
   * @return such as {@code dispatcher}
   */
  public String englishName() {
    return englishName;
  }
}
