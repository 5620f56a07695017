package org.gridgov.core.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Refuses bytes that are not UTF-8 before Jackson reads them. Whether Jackson refuses a malformed
 * sequence depends on its version and on where the sequence stands (some versions let one through
 * inside a text value, or decode it leniently); the loaders promise that a document with any
 * problem loads nothing, so they check the encoding themselves, the same on every Jackson version.
 */
final class StrictUtf8 {

  private static final int SHOWN = 4;

  private StrictUtf8() {}

  /**
   * Checks that the bytes are UTF-8 as the standard defines it: no stray continuation byte, no
   * overlong form, no surrogate, nothing above U+10FFFF, no sequence cut short.
   *
   * @param source the document's name for the message
   * @param bytes the document
   * @throws JsonLoadException naming the line and column of the first malformed sequence
   */
  static void check(String source, byte[] bytes) throws JsonLoadException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(Math.min(Math.max(bytes.length, 16), 8192));
    CoderResult result = decoder.decode(in, out, true);
    while (result.isOverflow()) {
      out.clear();
      result = decoder.decode(in, out, true);
    }
    if (result.isError()) {
      throw malformed(source, bytes, in.position(), result.length());
    }
    while (decoder.flush(out).isOverflow()) {
      out.clear();
    }
  }

  /**
   * Refuses a document that holds nothing but white space, which Jackson versions report in
   * different ways (some with an exception that is not about JSON).
   *
   * @param source the document's name for the message
   * @param bytes the document
   * @throws JsonLoadException if there is nothing to read
   */
  static void checkNotEmpty(String source, byte[] bytes) throws JsonLoadException {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
        return;
      }
    }
    throw new JsonLoadException(source, List.of(new JsonProblem("$", 0, "the document is empty")));
  }

  private static JsonLoadException malformed(String source, byte[] bytes, int at, int length) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < at; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int column = new String(bytes, lineStart, at - lineStart, StandardCharsets.UTF_8).length() + 1;
    StringBuilder shown = new StringBuilder();
    for (int i = at;
        i < Math.min(at + Math.max(length, 1), Math.min(bytes.length, at + SHOWN));
        i++) {
      shown
          .append(shown.length() == 0 ? "" : " ")
          .append(String.format(Locale.ROOT, "0x%02X", bytes[i] & 0xFF));
    }
    return new JsonLoadException(
        source,
        List.of(
            new JsonProblem(
                "$",
                line,
                column,
                "not well-formed JSON: the bytes "
                    + shown
                    + " at byte "
                    + at
                    + " are not UTF-8; save the file as UTF-8")));
  }
}
