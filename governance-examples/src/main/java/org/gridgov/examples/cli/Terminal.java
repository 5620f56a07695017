package org.gridgov.examples.cli;

/** Text made safe for a terminal: control characters shown as escapes, not acted on. */
final class Terminal {

  private Terminal() {}

  /**
   * The text with every control character but line breaks and tabs written as {@code \\uXXXX}, so
   * that a value read from a file cannot move the cursor, clear the screen or change colours.
   */
  static String printable(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) && c != '\n' && c != '\t') {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
