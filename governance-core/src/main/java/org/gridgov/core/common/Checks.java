package org.gridgov.core.common;

import java.util.Objects;

/**
 * Argument checks that speak the domain's words.
 *
 * <p>Value types call these from their compact constructors so that a bad value is refused where it
 * is made, with a message that names what it should have been and the value it got.
 */
public final class Checks {

  private static final int MAX_TEXT = 10_000;

  private Checks() {}

  /**
   * Requires an identifier: 1 to 64 characters, letters, digits and {@code . _ : -}, starting with
   * a letter or digit.
   *
   * @param value the identifier
   * @param what what the identifier names, for the message, such as {@code "a person id"}
   * @return the value
   * @throws IllegalArgumentException if the value is not such an identifier
   */
  public static String identifier(String value, String what) {
    Objects.requireNonNull(value, () -> what + " is required");
    if (!isIdentifier(value)) {
      throw new IllegalArgumentException(
          what
              + " has 1 to 64 letters, digits or . _ : - and starts with a letter or digit, got "
              + quote(value));
    }
    return value;
  }

  /**
   * Requires a string of exactly {@code length} ASCII digits.
   *
   * @param value the code
   * @param length the number of digits
   * @param what what the code names, for the message, such as {@code "a grid code"}
   * @return the value
   * @throws IllegalArgumentException if the value is not such a code
   */
  public static String digits(String value, int length, String what) {
    Objects.requireNonNull(value, () -> what + " is required");
    boolean ok = value.length() == length;
    for (int i = 0; ok && i < length; i++) {
      char c = value.charAt(i);
      ok = c >= '0' && c <= '9';
    }
    if (!ok) {
      throw new IllegalArgumentException(what + " has " + length + " digits, got " + got(value));
    }
    return value;
  }

  /**
   * Requires text that is not blank and at most 10,000 characters long.
   *
   * @param value the text
   * @param what what the text is, for the message, such as {@code "a grid name"}
   * @return the value
   * @throws IllegalArgumentException if the value is blank or too long
   */
  public static String text(String value, String what) {
    Objects.requireNonNull(value, () -> what + " is required");
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    if (value.length() > MAX_TEXT) {
      throw new IllegalArgumentException(
          what + " has at most " + MAX_TEXT + " characters, got " + value.length());
    }
    return value;
  }

  /**
   * Requires a name: text as {@link #text(String, String)} requires it, on one line, without
   * control characters and made of whole Unicode characters, so that it reaches a terminal, a web
   * page and a JSON file as it was written.
   *
   * @param value the name
   * @param what what the name is, for the message, such as {@code "a street name"}
   * @return the value
   * @throws IllegalArgumentException if the value is blank, too long, holds a control character or
   *     half of a surrogate pair
   */
  public static String name(String value, String what) {
    text(value, what);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c)) {
        throw new IllegalArgumentException(
            what + " may not hold control characters, got U+" + hex(c) + " at " + (i + 1));
      }
      if (Character.isSurrogate(c)) {
        boolean paired =
            Character.isHighSurrogate(c)
                && i + 1 < value.length()
                && Character.isLowSurrogate(value.charAt(i + 1));
        if (!paired) {
          throw new IllegalArgumentException(
              what + " holds half of a character (U+" + hex(c) + " at " + (i + 1) + ")");
        }
        i++;
      }
    }
    return value;
  }

  private static String hex(char c) {
    return String.format("%04X", (int) c);
  }

  /**
   * Requires a count that is zero or more.
   *
   * @param value the count
   * @param what what is counted, for the message
   * @return the value
   * @throws IllegalArgumentException if the value is negative
   */
  public static int count(int value, String what) {
    if (value < 0) {
      throw new IllegalArgumentException(what + " is zero or more, got " + value);
    }
    return value;
  }

  /**
   * Requires a ratio between 0 and 1 inclusive.
   *
   * @param value the ratio
   * @param what what the ratio measures, for the message
   * @return the value
   * @throws IllegalArgumentException if the value is outside [0, 1] or not a number
   */
  public static double ratio(double value, String what) {
    if (!(value >= 0.0 && value <= 1.0)) {
      throw new IllegalArgumentException(what + " is between 0 and 1, got " + value);
    }
    return value;
  }

  /**
   * Quotes a value for a message, shortened to 80 characters so that a hostile value cannot flood a
   * log, with any phone or ID number in it masked by {@link PersonalDataMask#text(String)}: a
   * message names what is wrong, and a resident's number typed into the wrong field must not be
   * carried into logs with it.
   *
   * @param value any value, may be null
   * @return the quoted, shortened value
   */
  public static String quote(Object value) {
    if (value == null) {
      return "null";
    }
    String s = PersonalDataMask.text(value.toString());
    return s.length() <= 80
        ? '"' + s + '"'
        : '"' + s.substring(0, 77) + "...\" (" + s.length() + " characters)";
  }

  /**
   * A wrong code for a message: a run of digits of the wrong length is named by its length first,
   * so that a code of another level (a 15-digit grid code given as a community code) is recognised
   * even where it is shown masked as an ID number of that length would be.
   */
  private static String got(String value) {
    if (value.isEmpty() || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return quote(value);
    }
    String quoted = quote(value);
    String digits = value.length() + (value.length() == 1 ? " digit" : " digits");
    return quoted.equals('"' + value + '"')
        ? digits + ", " + quoted
        : digits + ", " + quoted + " (masked, as an ID number of that length would be)";
  }

  /** {@code [A-Za-z0-9][A-Za-z0-9._:-]{0,63}}, checked without a regular expression. */
  private static boolean isIdentifier(String value) {
    int n = value.length();
    if (n == 0 || n > 64 || !isAsciiLetterOrDigit(value.charAt(0))) {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = value.charAt(i);
      if (!isAsciiLetterOrDigit(c) && c != '.' && c != '_' && c != ':' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
