package org.gridgov.core.territory;

/**
 * The kind of a township-level unit, read from the serial in its code as the statistical codes
 * assign them: 001–099 a street (街道), 100–199 a town (镇), 200–399 a township (乡, including ethnic
 * townships), anything else a unit of similar level such as a development zone.
 */
public enum StreetKind {
  /** 街道: an urban subdistrict. */
  SUBDISTRICT("街道"),
  /** 镇: a town. */
  TOWN("镇"),
  /** 乡: a township. */
  TOWNSHIP("乡"),
  /** A unit at the same level that is none of the above, such as a development zone. */
  OTHER("其他");

  private final String chinese;

  StreetKind(String chinese) {
    this.chinese = chinese;
  }

  /**
   * The Chinese name of the kind.
   *
   * @return such as {@code 街道}
   */
  public String chinese() {
    return chinese;
  }

  /**
   * The kind that a street code's serial tells.
   *
   * @param code the street code
   * @return the kind
   */
  public static StreetKind ofCode(StreetCode code) {
    int serial = code.serial();
    if (serial >= 1 && serial <= 99) {
      return SUBDISTRICT;
    }
    if (serial >= 100 && serial <= 199) {
      return TOWN;
    }
    if (serial >= 200 && serial <= 399) {
      return TOWNSHIP;
    }
    return OTHER;
  }
}
