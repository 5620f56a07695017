package org.gridgov.core.territory;

import org.gridgov.core.common.Checks;
import org.gridgov.core.common.Message;

/** Statistical codes as numbers: parsed from their digits and written back with leading zeros. */
final class Digits {

  // What each code is, for a refusal: made once, as codes are checked by the million.
  static final Message DISTRICT_CODE = Checks.term("districtCode");
  static final Message STREET_CODE = Checks.term("streetCode");
  static final Message COMMUNITY_CODE = Checks.term("communityCode");
  static final Message GRID_CODE = Checks.term("gridCode");

  private Digits() {}

  /**
   * The number a code's digits spell.
   *
   * @param code the code
   * @param length the digits it has
   * @param what what the code names, for the message, such as {@link #GRID_CODE}
   * @return the number
   * @throws IllegalArgumentException if the code is not {@code length} digits, with the message of
   *     the code's value type
   */
  static long parse(String code, int length, Message what) {
    if (code != null && code.length() == length) {
      long value = 0;
      int i = 0;
      for (; i < length; i++) {
        int digit = code.charAt(i) - '0';
        if (digit < 0 || digit > 9) {
          break;
        }
        value = value * 10 + digit;
      }
      if (i == length) {
        return value;
      }
    }
    Checks.digits(code, length, what);
    throw new IllegalStateException("unreachable: " + code + " is " + length + " digits");
  }

  /**
   * The code of a number: its digits, with leading zeros to the code's length.
   *
   * @param value zero or more, below {@code 10^length}
   * @param length the digits of the code
   * @return the code
   */
  static String text(long value, int length) {
    byte[] digits = new byte[length];
    long rest = value;
    for (int i = length - 1; i >= 0; i--) {
      digits[i] = (byte) ('0' + rest % 10);
      rest /= 10;
    }
    return new String(digits, java.nio.charset.StandardCharsets.ISO_8859_1);
  }
}
