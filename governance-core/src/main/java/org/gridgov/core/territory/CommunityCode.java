package org.gridgov.core.territory;

import org.gridgov.core.common.Checks;
import org.gridgov.core.common.ValueRefusedException;

/**
 * A village-level statistical code: twelve digits, the street's nine and a three-digit serial whose
 * first digit (the code's tenth) tells the kind of unit (see {@link
 * CommunityKind#ofCode(CommunityCode)}).
 *
 * @param value the twelve digits
 */
public record CommunityCode(String value) {

  /** Checks that the code has twelve digits. */
  public CommunityCode {
    Checks.digits(value, 12, Digits.COMMUNITY_CODE);
  }

  /**
   * Makes a community code.
   *
   * @param value twelve digits
   * @return the code
   * @throws IllegalArgumentException if the value is not twelve digits
   */
  public static CommunityCode of(String value) {
    return new CommunityCode(value);
  }

  /**
   * The street this community belongs to.
   *
   * @return the first nine digits as a street code
   */
  public StreetCode street() {
    return new StreetCode(value.substring(0, 9));
  }

  /**
   * The district this community belongs to.
   *
   * @return the first six digits as a district code
   */
  public DistrictCode district() {
    return new DistrictCode(value.substring(0, 6));
  }

  /**
   * The grid code of the grid with the given serial in this community.
   *
   * @param serial 1 to 999
   * @return the fifteen-digit grid code
   * @throws IllegalArgumentException if the serial is outside 1 to 999
   */
  public GridCode grid(int serial) {
    if (serial < 1 || serial > 999) {
      throw ValueRefusedException.of("refused.CommunityCode.gridSerialBetween", serial);
    }
    return new GridCode(value + String.format("%03d", serial));
  }

  @Override
  public String toString() {
    return value;
  }
}
