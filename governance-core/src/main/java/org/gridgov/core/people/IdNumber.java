package org.gridgov.core.people;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.gridgov.core.common.ValueRefusedException;

/**
 * A resident identity card number (公民身份号码) of eighteen characters as GB 11643 defines it: a
 * six-digit address code, an eight-digit birth date, a three-digit sequence and a check character
 * ({@code 0}–{@code 9} or {@code X}). Personal data: {@link #toString()} shows only the first three
 * and the last four characters; only {@link #value()} gives the number.
 *
 * <p>The check character is computed with ISO 7064 MOD 11-2: the first seventeen digits are
 * weighted 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2, the sum is taken modulo 11 and the
 * remainder 0..10 maps to {@code 1 0 X 9 8 7 6 5 4 3 2}. A number whose check character does not
 * match, or whose birth date is not a real date, is refused.
 *
 * @param value the eighteen characters, with a lower-case {@code x} read as {@code X}
 */
public record IdNumber(String value) {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK_CHARACTERS = "10X98765432";

  /** Checks the form, the birth date and the check character. */
  public IdNumber {
    Objects.requireNonNull(value, "an ID number is required");
    value = value.toUpperCase(Locale.ROOT);
    if (value.length() != 18 || !value.substring(0, 17).chars().allMatch(IdNumber::isDigit)) {
      throw ValueRefusedException.of("refused.IdNumber.idNumberHasSeventeen", value.length());
    }
    try {
      LocalDate.of(
          Integer.parseInt(value.substring(6, 10)),
          Integer.parseInt(value.substring(10, 12)),
          Integer.parseInt(value.substring(12, 14)));
    } catch (DateTimeException e) {
      ValueRefusedException refusal =
          ValueRefusedException.of("refused.IdNumber.idNumberCarriesReal");
      refusal.initCause(e);
      throw refusal;
    }
    if (value.charAt(17) != checkCharacter(value.substring(0, 17))) {
      throw ValueRefusedException.of("refused.IdNumber.idNumberEndsCheck");
    }
  }

  /**
   * Makes an ID number.
   *
   * @param value eighteen characters
   * @return the number
   * @throws IllegalArgumentException if the form, the birth date or the check character is wrong
   */
  public static IdNumber of(String value) {
    return new IdNumber(value);
  }

  /**
   * The check character of the first seventeen digits of an ID number.
   *
   * @param first17 seventeen digits
   * @return {@code 0}–{@code 9} or {@code X}
   * @throws IllegalArgumentException if the argument is not seventeen digits
   */
  public static char checkCharacter(String first17) {
    Objects.requireNonNull(first17, "seventeen digits are required");
    if (first17.length() != 17 || !first17.chars().allMatch(IdNumber::isDigit)) {
      throw new IllegalArgumentException("the check character is computed from seventeen digits");
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK_CHARACTERS.charAt(sum % 11);
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  /**
   * The birth date the number carries.
   *
   * @return the date in the 7th to 14th digits
   */
  public LocalDate birthDate() {
    return LocalDate.of(
        Integer.parseInt(value.substring(6, 10)),
        Integer.parseInt(value.substring(10, 12)),
        Integer.parseInt(value.substring(12, 14)));
  }

  /**
   * The number with all but the first three and the last four characters masked.
   *
   * @return such as {@code 350***********123X}
   */
  public String masked() {
    return value.substring(0, 3) + "*".repeat(11) + value.substring(14);
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
