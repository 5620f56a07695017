package org.gridgov.core.io;

import java.util.Objects;

/**
 * The damaged last record of a journal, the trace of a crash in the middle of an append: a line
 * without its newline, or a last line that does not end in its checksum field. A whole last record
 * whose checksum does not match is damage, not a torn tail. A writer cuts it away when it opens the
 * journal; a reader leaves it, since it may be a record still being written.
 *
 * @param offset the byte offset at which the damaged line starts: the length of the journal that is
 *     kept
 * @param line the damaged line's number, from 1 (the header is line 1)
 * @param length how many bytes were, or would be, cut away
 * @param reason what is wrong with the line, such as {@code "the line has no newline"}
 */
public record TornTail(long offset, long line, long length, String reason) {

  /** Checks the components. */
  public TornTail {
    if (offset < 0 || line < 1 || length < 1) {
      throw new IllegalArgumentException(
          "a torn tail has an offset of 0 or more, a line of 1 or more and at least one byte, got "
              + offset
              + ", "
              + line
              + ", "
              + length);
    }
    Objects.requireNonNull(reason, "reason");
  }

  @Override
  public String toString() {
    return "line " + line + " (byte offset " + offset + ", " + length + " bytes): " + reason;
  }
}
