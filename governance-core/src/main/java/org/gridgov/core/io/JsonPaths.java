package org.gridgov.core.io;

import com.fasterxml.jackson.core.JsonStreamContext;
import java.util.regex.Pattern;

/** JSON paths in the form problems are reported in: {@code $.streets[2].code}. */
final class JsonPaths {

  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /**
   * The longest field name a path shows whole. Longer names are cut short, since a hostile document
   * may hold names of tens of thousands of characters and a path is repeated in every message.
   */
  private static final int LONGEST_NAME = 80;

  private JsonPaths() {}

  /**
   * The path of a parser's position: field names after a dot, or in brackets and quotes when they
   * are not plain names (such as dates), and array indexes in brackets.
   */
  static String of(JsonStreamContext context) {
    StringBuilder path = new StringBuilder();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      path.insert(0, step(c));
    }
    return path.insert(0, '$').toString();
  }

  private static String step(JsonStreamContext c) {
    if (c.inArray()) {
      return "[" + Math.max(c.getCurrentIndex(), 0) + "]";
    }
    String name = c.getCurrentName();
    return name == null ? "" : field(name);
  }

  /**
   * The step of a path to a field: {@code .name}, or {@code ['2024-01-01']} for a name that is not
   * plain, cut short after 77 characters.
   */
  static String field(String name) {
    String shown =
        name.length() <= LONGEST_NAME ? name : name.substring(0, LONGEST_NAME - 3) + "...";
    return PLAIN_NAME.matcher(shown).matches()
        ? "." + shown
        : "['" + shown.replace("'", "\\'") + "']";
  }

  /** The longest part of a Jackson message kept, as some messages quote the value whole. */
  private static final int LONGEST_MESSAGE = 500;

  /**
   * The first line of a message, for messages that Jackson spreads over several, cut short after
   * 500 characters.
   */
  static String firstLine(String s) {
    if (s == null) {
      return "cannot be read";
    }
    int nl = s.indexOf('\n');
    String line = nl < 0 ? s : s.substring(0, nl);
    return line.length() <= LONGEST_MESSAGE
        ? line
        : line.substring(0, LONGEST_MESSAGE - 3) + "... (" + line.length() + " characters)";
  }
}
