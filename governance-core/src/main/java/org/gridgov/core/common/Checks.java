package org.gridgov.core.common;

import java.util.Locale;

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
   * What a checked value is, named in the reader's language: a term of governance-core's bundle,
   * the key {@code term.} followed by {@code key}, such as {@code term("streetCode")} for "a street
   * code" (街道代码) or {@code term("postType.name", code)} for "the name of post type {0}".
   *
   * @param key the term's key without its {@code term.} prefix
   * @param arguments the term's arguments, such as the id of the record the value belongs to
   * @return the term as a message
   */
  public static Message term(String key, Object... arguments) {
    return Message.of(Messages.CORE, "term." + key, arguments);
  }

  /**
   * Requires an identifier: 1 to 64 characters, letters, digits and {@code . _ : -}, starting with
   * a letter or digit.
   *
   * @param value the identifier
   * @param what what the identifier names, for the message, such as {@code term("personId")}
   * @return the value
   * @throws ValueRefusedException if the value is not such an identifier
   */
  public static String identifier(String value, Message what) {
    required(value, what);
    if (!isIdentifier(value)) {
      throw ValueRefusedException.of("check.identifier", what, quote(value));
    }
    return value;
  }

  /**
   * Requires an identifier, named by words that read the same in every language; prefer {@link
   * #identifier(String, Message)} with a {@link #term(String, Object...)}.
   *
   * @param value the identifier
   * @param what what the identifier names, such as {@code "a station id"}
   * @return the value
   * @throws ValueRefusedException if the value is not such an identifier
   */
  public static String identifier(String value, String what) {
    return identifier(value, Message.text(what));
  }

  /**
   * Requires a string of exactly {@code length} ASCII digits.
   *
   * @param value the code
   * @param length the number of digits
   * @param what what the code names, for the message, such as {@code term("gridCode")}
   * @return the value
   * @throws ValueRefusedException if the value is not such a code
   */
  public static String digits(String value, int length, Message what) {
    required(value, what);
    boolean ok = value.length() == length;
    for (int i = 0; ok && i < length; i++) {
      char c = value.charAt(i);
      ok = c >= '0' && c <= '9';
    }
    if (!ok) {
      throw ValueRefusedException.of("check.digits", what, length, got(value));
    }
    return value;
  }

  /**
   * Requires a string of exactly {@code length} ASCII digits, named by words that read the same in
   * every language; prefer {@link #digits(String, int, Message)} with a {@link #term(String,
   * Object...)}.
   *
   * @param value the code
   * @param length the number of digits
   * @param what what the code names
   * @return the value
   * @throws ValueRefusedException if the value is not such a code
   */
  public static String digits(String value, int length, String what) {
    return digits(value, length, Message.text(what));
  }

  /**
   * Requires text that is not blank and at most 10,000 characters long.
   *
   * @param value the text
   * @param what what the text is, for the message, such as {@code term("gridName")}
   * @return the value
   * @throws ValueRefusedException if the value is blank or too long
   */
  public static String text(String value, Message what) {
    required(value, what);
    if (value.isBlank()) {
      throw ValueRefusedException.of("check.blank", what);
    }
    if (value.length() > MAX_TEXT) {
      throw ValueRefusedException.of("check.tooLong", what, MAX_TEXT, value.length());
    }
    return value;
  }

  /**
   * Requires text that is not blank and at most 10,000 characters long, named by words that read
   * the same in every language; prefer {@link #text(String, Message)} with a {@link #term(String,
   * Object...)}.
   *
   * @param value the text
   * @param what what the text is, such as {@code "a station's name"}
   * @return the value
   * @throws ValueRefusedException if the value is blank or too long
   */
  public static String text(String value, String what) {
    return text(value, Message.text(what));
  }

  /**
   * Requires a name: text as {@link #text(String, Message)} requires it, on one line, without
   * control characters and made of whole Unicode characters, so that it reaches a terminal, a web
   * page and a JSON file as it was written.
   *
   * @param value the name
   * @param what what the name is, for the message, such as {@code term("streetName")}
   * @return the value
   * @throws ValueRefusedException if the value is blank, too long, holds a control character or
   *     half of a surrogate pair
   */
  public static String name(String value, Message what) {
    text(value, what);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c)) {
        throw ValueRefusedException.of("check.controlCharacter", what, hex(c), i + 1);
      }
      if (Character.isSurrogate(c)) {
        boolean paired =
            Character.isHighSurrogate(c)
                && i + 1 < value.length()
                && Character.isLowSurrogate(value.charAt(i + 1));
        if (!paired) {
          throw ValueRefusedException.of("check.halfCharacter", what, hex(c), i + 1);
        }
        i++;
      }
    }
    return value;
  }

  /**
   * Requires a name, named by words that read the same in every language; prefer {@link
   * #name(String, Message)} with a {@link #term(String, Object...)}.
   *
   * @param value the name
   * @param what what the name is
   * @return the value
   * @throws ValueRefusedException if the value is not such a name
   */
  public static String name(String value, String what) {
    return name(value, Message.text(what));
  }

  private static String hex(char c) {
    return String.format("%04X", (int) c);
  }

  /**
   * Requires a count that is zero or more.
   *
   * @param value the count
   * @param what what is counted, for the message, such as {@code term("ratings")}
   * @return the value
   * @throws ValueRefusedException if the value is negative
   */
  public static int count(int value, Message what) {
    if (value < 0) {
      throw ValueRefusedException.of("check.count", what, value);
    }
    return value;
  }

  /**
   * Requires a count that is zero or more, named by words that read the same in every language;
   * prefer {@link #count(int, Message)} with a {@link #term(String, Object...)}.
   *
   * @param value the count
   * @param what what is counted
   * @return the value
   * @throws ValueRefusedException if the value is negative
   */
  public static int count(int value, String what) {
    return count(value, Message.text(what));
  }

  /**
   * Requires a ratio between 0 and 1 inclusive.
   *
   * @param value the ratio
   * @param what what the ratio measures, for the message
   * @return the value
   * @throws ValueRefusedException if the value is outside [0, 1] or not a number
   */
  public static double ratio(double value, Message what) {
    if (!(value >= 0.0 && value <= 1.0)) {
      throw ValueRefusedException.of("check.ratio", what, String.valueOf(value));
    }
    return value;
  }

  /**
   * Requires a ratio between 0 and 1 inclusive, named by words that read the same in every
   * language; prefer {@link #ratio(double, Message)} with a {@link #term(String, Object...)}.
   *
   * @param value the ratio
   * @param what what the ratio measures
   * @return the value
   * @throws ValueRefusedException if the value is outside [0, 1] or not a number
   */
  public static double ratio(double value, String what) {
    return ratio(value, Message.text(what));
  }

  /** A missing value is a programming error or a loader's to report: a plain NPE, in English. */
  private static void required(String value, Message what) {
    if (value == null) {
      throw new NullPointerException(what.render(Locale.ENGLISH) + " is required");
    }
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
  private static Object got(String value) {
    if (value.isEmpty() || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return quote(value);
    }
    String quoted = quote(value);
    String key = value.length() == 1 ? "check.got.digit" : "check.got.digits";
    return quoted.equals('"' + value + '"')
        ? Message.of(Messages.CORE, key, value.length(), quoted)
        : Message.of(Messages.CORE, key + ".masked", value.length(), quoted);
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
