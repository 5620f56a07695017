package org.gridgov.core.io;

import java.util.Locale;
import java.util.Objects;
import org.gridgov.core.common.Describable;
import org.gridgov.core.common.Message;

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
 * @param reason what is wrong with the line, such as "the line has no newline", in either language
 */
public record TornTail(long offset, long line, long length, Message reason) implements Describable {

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

  /**
   * Where the damaged line is and what is wrong with it, such as {@code "line 14 (byte offset 5120,
   * 37 bytes): the line has no newline"}.
   *
   * @param locale the reader's language
   * @return the text
   */
  @Override
  public String describe(Locale locale) {
    return IoMessages.text("journal.tornTail", line, offset, length, reason).render(locale);
  }

  @Override
  public String toString() {
    return describe(Locale.ENGLISH);
  }
}
