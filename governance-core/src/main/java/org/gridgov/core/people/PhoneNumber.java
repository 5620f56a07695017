package org.gridgov.core.people;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridgov.core.common.ValueRefusedException;

/**
 * A Chinese phone number. Personal data: {@link #toString()} masks the middle digits; only {@link
 * #value()} gives the number.
 *
 * <p>Two forms are accepted, with spaces and hyphens ignored on input: a mobile number of eleven
 * digits {@code 1[3-9]xxxxxxxxx}, kept as the eleven digits and masked as {@code 138****5678}; and
 * a landline with its area code ({@code 010} and {@code 02x} have three digits, others four) and a
 * local number of seven or eight digits starting 2 to 9, kept as {@code 0591-83251234} and masked
 * as {@code 0591-****1234}.
 *
 * @param value the number in its canonical form
 */
public record PhoneNumber(String value) {

  private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
  private static final Pattern LANDLINE =
      Pattern.compile("(0(?:10|2\\d|[3-9]\\d{2}))([2-9]\\d{6,7})");

  /** Checks the number and brings it to its canonical form. */
  public PhoneNumber {
    Objects.requireNonNull(value, "a phone number is required");
    String digits = value.replace(" ", "").replace("-", "");
    if (MOBILE.matcher(digits).matches()) {
      value = digits;
    } else {
      Matcher landline = LANDLINE.matcher(digits);
      if (!landline.matches()) {
        throw digits.length() > 4
            ? ValueRefusedException.of("refused.PhoneNumber.notANumberOfLength", digits.length())
            : ValueRefusedException.of("refused.PhoneNumber.notANumber", digits);
      }
      value = landline.group(1) + '-' + landline.group(2);
    }
  }

  /**
   * Makes a phone number.
   *
   * @param value a mobile number or a landline with its area code
   * @return the number
   * @throws IllegalArgumentException if the value is neither
   */
  public static PhoneNumber of(String value) {
    return new PhoneNumber(value);
  }

  /**
   * Whether this is a mobile number.
   *
   * @return true for a mobile number, false for a landline
   */
  public boolean mobile() {
    return value.charAt(0) == '1';
  }

  /**
   * The number with its middle digits masked.
   *
   * @return such as {@code 138****5678} or {@code 0591-****1234}
   */
  public String masked() {
    if (mobile()) {
      return value.substring(0, 3) + "****" + value.substring(7);
    }
    int dash = value.indexOf('-');
    String local = value.substring(dash + 1);
    return value.substring(0, dash + 1)
        + "*".repeat(local.length() - 4)
        + local.substring(local.length() - 4);
  }

  /**
   * The masked number; never the number itself.
   *
   * @return {@link #masked()}
   */
  @Override
  public String toString() {
    return masked();
  }
}
