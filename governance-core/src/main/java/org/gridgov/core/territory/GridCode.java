package org.gridgov.core.territory;

import org.gridgov.core.common.Checks;
import org.gridgov.core.common.ValueRefusedException;

/**
 * A grid code: fifteen digits, the community's twelve and a three-digit serial from 001, as
 * Beijing's DB11 grid codes do. A grid therefore belongs to exactly one community.
 *
 * @param value the fifteen digits
 */
public record GridCode(String value) {

  /** Checks that the code has fifteen digits and a serial from 001. */
  public GridCode {
    Checks.digits(value, 15, Digits.GRID_CODE);
    if (value.endsWith("000")) {
      throw ValueRefusedException.of("refused.GridCode.gridCodeEndsSerial", value);
    }
  }

  /**
   * Makes a grid code.
   *
   * @param value fifteen digits
   * @return the code
   * @throws IllegalArgumentException if the value is not a grid code
   */
  public static GridCode of(String value) {
    return new GridCode(value);
  }

  /**
   * The community this grid belongs to.
   *
   * @return the first twelve digits as a community code
   */
  public CommunityCode community() {
    return new CommunityCode(value.substring(0, 12));
  }

  /**
   * The street this grid belongs to.
   *
   * @return the first nine digits as a street code
   */
  public StreetCode street() {
    return new StreetCode(value.substring(0, 9));
  }

  /**
   * The district this grid belongs to.
   *
   * @return the first six digits as a district code
   */
  public DistrictCode district() {
    return new DistrictCode(value.substring(0, 6));
  }

  /**
   * The serial of this grid within its community.
   *
   * @return 1 to 999
   */
  public int serial() {
    return Integer.parseInt(value.substring(12));
  }

  @Override
  public String toString() {
    return value;
  }
}
