package org.gridgov.core.territory;

import org.gridgov.core.common.Checks;

/**
 * A county-level division code of GB/T 2260: six digits, such as {@code 350111} for Jin'an.
 *
 * @param value the six digits
 */
public record DistrictCode(String value) {

  /** Checks that the code has six digits. */
  public DistrictCode {
    Checks.digits(value, 6, Digits.DISTRICT_CODE);
  }

  /**
   * Makes a district code.
   *
   * @param value six digits
   * @return the code
   * @throws IllegalArgumentException if the value is not six digits
   */
  public static DistrictCode of(String value) {
    return new DistrictCode(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
