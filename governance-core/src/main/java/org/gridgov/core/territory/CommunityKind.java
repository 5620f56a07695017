package org.gridgov.core.territory;

/**
 * The kind of a village-level unit, read from the tenth digit of its code: 0–1 an urban community
 * (社区, run by a residents' committee), 2–3 a village (村, run by a villagers' committee), any other
 * digit a unit such as a farm's living area. Names are not reliable for this; the code is.
 */
public enum CommunityKind {
  /** 社区: an urban community with a residents' committee. */
  COMMUNITY("社区"),
  /** 村: a village with a villagers' committee. */
  VILLAGE("村"),
  /** Any other village-level unit, such as a farm's living area. */
  OTHER("其他");

  private final String chinese;

  CommunityKind(String chinese) {
    this.chinese = chinese;
  }

  /**
   * The Chinese name of the kind.
   *
   * @return such as {@code 社区}
   */
  public String chinese() {
    return chinese;
  }

  /**
   * The kind that a community code's tenth digit tells.
   *
   * @param code the community code
   * @return the kind
   */
  public static CommunityKind ofCode(CommunityCode code) {
    char tenth = code.value().charAt(9);
    if (tenth == '0' || tenth == '1') {
      return COMMUNITY;
    }
    if (tenth == '2' || tenth == '3') {
      return VILLAGE;
    }
    return OTHER;
  }
}
