package org.gridgov.core.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The fields of one line of a national JSONL file, read from the line's bytes. A line is read
 * either by hand, which takes the usual shape of a line (an object of text fields without escapes)
 * and gives up on anything else, or by Jackson's streaming parser, which takes any JSON and says
 * what is wrong with it. The reader tries the hand parser first and falls back to Jackson, so both
 * find the same fields and every problem is described by Jackson.
 *
 * <p>One instance is reused for line after line; it is not thread-safe.
 */
final class CommunityLine {

  /** The fields a line has, in the order their problems are reported. */
  enum Field {
    CODE("code"),
    NAME("name"),
    STREET("street"),
    COUNTY("county"),
    CITY("city"),
    PROVINCE("province");

    private static final Field[] ALL = values();

    private final String json;
    private final byte[] bytes;

    Field(String json) {
      this.json = json;
      this.bytes = json.getBytes(StandardCharsets.US_ASCII);
    }

    /** The field's name in the line. */
    String json() {
      return json;
    }

    /** The JSON path of the field in its line. */
    String path() {
      return "$." + json;
    }

    static Field of(String name) {
      for (Field f : ALL) {
        if (f.json.equals(name)) {
          return f;
        }
      }
      return null;
    }

    static Field of(byte[] buf, int from, int to) {
      int length = to - from;
      if (length < 4) {
        return null;
      }
      Field guess =
          switch (buf[from]) {
            case 'c' -> length == 6 ? COUNTY : buf[from + 1] == 'o' ? CODE : CITY;
            case 'n' -> NAME;
            case 's' -> STREET;
            case 'p' -> PROVINCE;
            default -> null;
          };
      return guess != null && Arrays.equals(guess.bytes, 0, guess.bytes.length, buf, from, to)
          ? guess
          : null;
    }
  }

  private static final Field[] FIELDS = Field.values();

  private byte[] buf;
  private final int[] start = new int[FIELDS.length];
  private final int[] end = new int[FIELDS.length];
  private final String[] text = new String[FIELDS.length];
  private final List<LineProblem> problems = new ArrayList<>();

  /**
   * A problem with the form of a line read by Jackson, before the reader knows the line's number.
   *
   * @param field the field it concerns, or null if it concerns the whole line
   * @param column the column in the line, or 0
   * @param message what is wrong
   */
  record LineProblem(Field field, int column, String message) {
    /** The JSON path of the problem in its line. */
    String path() {
      return field == null ? "$" : field.path();
    }
  }

  /**
   * Whether the line has a field as text. A field given as {@code null} is absent.
   *
   * @param field the field
   * @return true if present
   */
  boolean has(Field field) {
    return text[field.ordinal()] != null || start[field.ordinal()] >= 0;
  }

  /**
   * The field's text, made on demand.
   *
   * @param field a field the line {@link #has}
   * @return the text
   */
  String text(Field field) {
    int f = field.ordinal();
    if (text[f] == null) {
      text[f] = new String(buf, start[f], end[f] - start[f], StandardCharsets.UTF_8);
    }
    return text[f];
  }

  /**
   * The number the field's digits spell, if the field is exactly {@code length} ASCII digits.
   *
   * @param field a field the line {@link #has}
   * @param length the digits expected, at most 18
   * @return the number, or -1 if the field is not {@code length} digits
   */
  long digits(Field field, int length) {
    int f = field.ordinal();
    if (text[f] != null) {
      String s = text[f];
      if (s.length() != length) {
        return -1;
      }
      long value = 0;
      for (int i = 0; i < length; i++) {
        int d = s.charAt(i) - '0';
        if (d < 0 || d > 9) {
          return -1;
        }
        value = value * 10 + d;
      }
      return value;
    }
    if (end[f] - start[f] != length) {
      return -1;
    }
    long value = 0;
    for (int i = start[f]; i < end[f]; i++) {
      int d = buf[i] - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      value = value * 10 + d;
    }
    return value;
  }

  /**
   * The problems Jackson found in the line's form: not well-formed, not an object, a field that is
   * not text or appears twice.
   *
   * @return empty after a successful hand parse
   */
  List<LineProblem> problems() {
    return problems;
  }

  private void clear(byte[] bytes) {
    this.buf = bytes;
    Arrays.fill(start, -1);
    Arrays.fill(end, -1);
    Arrays.fill(text, null);
    problems.clear();
  }

  /**
   * Reads a line in the usual shape by hand: one object whose values are strings without escapes or
   * control characters, ASCII but for the name, with a code, name, street and county, each field
   * once, and nothing after the object but spaces.
   *
   * @param bytes the buffer holding the line
   * @param from the line's first byte
   * @param to after the line's last byte, not counting the line break
   * @return true if the line has that shape and its fields are read; false if it must be read by
   *     {@link #readWithJackson}
   */
  boolean readByHand(byte[] bytes, int from, int to) {
    clear(bytes);
    int i = skipSpace(bytes, from, to);
    if (i >= to || bytes[i] != '{') {
      return false;
    }
    i = skipSpace(bytes, i + 1, to);
    while (true) {
      if (i >= to || bytes[i] != '"') {
        return false;
      }
      int keyEnd = stringEnd(bytes, i + 1, to, false);
      if (keyEnd < 0) {
        return false;
      }
      Field field = Field.of(bytes, i + 1, keyEnd);
      i = skipSpace(bytes, keyEnd + 1, to);
      if (i >= to || bytes[i] != ':') {
        return false;
      }
      i = skipSpace(bytes, i + 1, to);
      if (i >= to || bytes[i] != '"') {
        return false;
      }
      int valueEnd = stringEnd(bytes, i + 1, to, field == Field.NAME);
      if (valueEnd < 0) {
        return false;
      }
      if (field != null) {
        if (start[field.ordinal()] >= 0) {
          return false;
        }
        start[field.ordinal()] = i + 1;
        end[field.ordinal()] = valueEnd;
      }
      i = skipSpace(bytes, valueEnd + 1, to);
      if (i >= to) {
        return false;
      }
      if (bytes[i] == '}') {
        break;
      }
      if (bytes[i] != ',') {
        return false;
      }
      i = skipSpace(bytes, i + 1, to);
    }
    if (skipSpace(bytes, i + 1, to) != to
        || !has(Field.CODE)
        || !has(Field.NAME)
        || !has(Field.STREET)
        || !has(Field.COUNTY)) {
      return false;
    }
    // a name with bytes that are not UTF-8 decodes to U+FFFD; Jackson says where they are
    return text(Field.NAME).indexOf('\uFFFD') < 0;
  }

  /**
   * Reads any line with Jackson's streaming parser, recording what is wrong with its form as {@link
   * #problems()}.
   *
   * @param factory the factory of parsers
   * @param bytes the buffer holding the line
   * @param from the line's first byte
   * @param to after the line's last byte, not counting the line break
   */
  void readWithJackson(JsonFactory factory, byte[] bytes, int from, int to) {
    clear(bytes);
    try (JsonParser parser = factory.createParser(bytes, from, to - from)) {
      JsonToken first = parser.nextToken();
      if (first != JsonToken.START_OBJECT) {
        problems.add(
            new LineProblem(
                null, column(parser), "a line holds one JSON object, got " + describe(parser)));
        return;
      }
      for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
        Field field = Field.of(parser.currentName());
        JsonToken value = parser.nextToken();
        if (field == null) {
          parser.skipChildren();
        } else if (text[field.ordinal()] != null) {
          problems.add(new LineProblem(field, column(parser), "appears twice in the line"));
          parser.skipChildren();
        } else if (value == JsonToken.VALUE_STRING) {
          text[field.ordinal()] = parser.getText();
        } else if (value != JsonToken.VALUE_NULL) {
          problems.add(
              new LineProblem(field, column(parser), "should be text, got " + describe(parser)));
          parser.skipChildren();
        }
      }
      if (parser.nextToken() != null) {
        problems.add(
            new LineProblem(
                null,
                column(parser),
                "a line holds one JSON object; more follows: " + describe(parser)));
      }
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      problems.add(
          new LineProblem(
              null,
              at == null ? 0 : at.getColumnNr(),
              "not well-formed JSON: " + JsonPaths.firstLine(e.getOriginalMessage())));
    } catch (IOException e) {
      // the parser reads an array in memory, which cannot fail to be read
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static int column(JsonParser parser) {
    return Math.max(parser.currentTokenLocation().getColumnNr(), 0);
  }

  private static String describe(JsonParser parser) throws IOException {
    JsonToken t = parser.currentToken();
    if (t == null) {
      return "nothing";
    }
    return switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "text " + org.gridgov.core.common.Checks.quote(parser.getText());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number " + parser.getText();
      case VALUE_TRUE, VALUE_FALSE -> "boolean " + parser.getText();
      case VALUE_NULL -> "null";
      default -> parser.getText();
    };
  }

  private static int skipSpace(byte[] bytes, int from, int to) {
    int i = from;
    while (i < to && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r')) {
      i++;
    }
    return i;
  }

  /**
   * The position of the quote that ends a string starting at {@code from}, or -1 if the string has
   * an escape, a control character, a byte outside ASCII where {@code unicode} is false, or no end.
   */
  private static int stringEnd(byte[] bytes, int from, int to, boolean unicode) {
    for (int i = from; i < to; i++) {
      byte b = bytes[i];
      if (b == '"') {
        return i;
      }
      if (b == '\\' || (b >= 0 && b < 0x20) || (b < 0 && !unicode)) {
        return -1;
      }
    }
    return -1;
  }
}
