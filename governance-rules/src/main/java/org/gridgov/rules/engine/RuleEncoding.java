package org.gridgov.rules.engine;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.gridgov.rules.RuleProblem;

/**
 * Rule files in text (DRL and CSV tables) are UTF-8. Excel on Chinese Windows saves CSV in GBK,
 * which read as UTF-8 turns every Chinese rule name into mojibake: such a file is refused at the
 * first line that is not UTF-8, with how to save it. A UTF-8 byte-order mark, which Excel writes
 * when it saves "CSV UTF-8", is accepted and dropped.
 */
final class RuleEncoding {

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private RuleEncoding() {}

  /** The file without a UTF-8 byte-order mark. */
  static byte[] withoutByteOrderMark(byte[] bytes) {
    return startsWithBom(bytes) ? Arrays.copyOfRange(bytes, BOM.length, bytes.length) : bytes;
  }

  private static boolean startsWithBom(byte[] bytes) {
    return bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
  }

  /**
   * Why a text rule file cannot be read as UTF-8.
   *
   * @param file the file's name for messages
   * @param bytes the file
   * @return the problem at the first line that is not UTF-8; empty if the file is UTF-8
   */
  static Optional<RuleProblem> problem(String file, byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return Optional.empty();
    } catch (CharacterCodingException e) {
      int line = 1;
      int bad = firstBadByte(bytes);
      for (int i = 0; i < bad; i++) {
        line += bytes[i] == '\n' ? 1 : 0;
      }
      return Optional.of(new RuleProblem(file, line, ProblemText.of("notUtf8")));
    }
  }

  /** The offset of the first byte that does not start or continue a UTF-8 character. */
  private static int firstBadByte(byte[] bytes) {
    int i = 0;
    while (i < bytes.length) {
      int b = bytes[i] & 0xFF;
      int length =
          b < 0x80
              ? 1
              : b >= 0xC2 && b < 0xE0
                  ? 2
                  : b >= 0xE0 && b < 0xF0 ? 3 : b >= 0xF0 && b < 0xF5 ? 4 : 0;
      if (length == 0 || i + length > bytes.length) {
        return i;
      }
      for (int k = 1; k < length; k++) {
        if ((bytes[i + k] & 0xC0) != 0x80) {
          return i;
        }
      }
      i += length;
    }
    return bytes.length;
  }
}
