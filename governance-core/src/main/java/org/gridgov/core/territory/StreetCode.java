package org.gridgov.core.territory;

import org.gridgov.core.common.Checks;

/**
 * A township-level statistical code: nine digits, the district's six and a three-digit serial whose
 * range tells the kind of unit (see {@link StreetKind#ofCode(StreetCode)}).
 *
 * @param value the nine digits
 */
public record StreetCode(String value) {

  /** Checks that the code has nine digits. */
  public StreetCode {
    Checks.digits(value, 9, Digits.STREET_CODE);
  }

  /**
   * Makes a street code.
   *
   * @param value nine digits
   * @return the code
   * @throws IllegalArgumentException if the value is not nine digits
   */
  public static StreetCode of(String value) {
    return new StreetCode(value);
  }

  /**
   * The district this street belongs to.
   *
   * @return the first six digits as a district code
   */
  public DistrictCode district() {
    return new DistrictCode(value.substring(0, 6));
  }

  /**
   * The serial of this street within its district.
   *
   * @return digits 7 to 9 as a number
   */
  public int serial() {
    return Integer.parseInt(value.substring(6));
  }

  @Override
  public String toString() {
    return value;
  }
}
