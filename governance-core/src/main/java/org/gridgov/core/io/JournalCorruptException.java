package org.gridgov.core.io;

import java.util.Locale;
import org.gridgov.core.common.Describable;
import org.gridgov.core.common.Message;
import org.gridgov.core.common.Messages;

/**
 * A journal is damaged before its last record, or does not hold what a journal holds: a record
 * whose checksum does not match, that is not well-formed JSON or not a record, that is numbered out
 * of sequence (a gap or a duplicate), or whose event the order's lifecycle refuses; or a first line
 * that is not a journal's header. Only the last record can be the trace of a crash (see {@link
 * TornTail}); damage anywhere before it is never skipped, and the file is left exactly as it was.
 *
 * <p>The message names the file, the line, its byte offset, the record and what is wrong: {@code
 * "orders.journal: line 7 (byte offset 2210), record 6: the checksum does not match: stored
 * 1f0c33a2, computed 9b8e01d4"}. {@link #getMessage()} is English; {@link #describe(Locale)} says
 * the same in the reader's language, from governance-core's bundle ({@code journal.*}).
 */
public final class JournalCorruptException extends RuntimeException implements Describable {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final long byteOffset;
  private final long line;
  private final long sequence;
  private final String problem;

  /** What is wrong, kept for this process: a deserialised exception reads its English. */
  private final transient Message text;

  JournalCorruptException(String file, long byteOffset, long line, long sequence, Message problem) {
    super(where(file, byteOffset, line, sequence, problem).render(Locale.ENGLISH));
    this.file = file;
    this.byteOffset = byteOffset;
    this.line = line;
    this.sequence = sequence;
    this.problem = problem.render(Locale.ENGLISH);
    this.text = problem;
  }

  private static Message where(
      String file, long byteOffset, long line, long sequence, Message problem) {
    return Message.of(
        Messages.CORE,
        "journal.corrupt",
        file,
        line,
        byteOffset,
        sequence == 0
            ? Message.of(Messages.CORE, "journal.header")
            : Message.of(Messages.CORE, "journal.record", sequence),
        problem);
  }

  @Override
  public String describe(Locale locale) {
    return text == null
        ? getMessage()
        : where(file, byteOffset, line, sequence, text).render(locale);
  }

  /**
   * The journal's file.
   *
   * @return its path as given
   */
  public String file() {
    return file;
  }

  /**
   * Where the damaged line starts.
   *
   * @return its byte offset in the file, from 0
   */
  public long byteOffset() {
    return byteOffset;
  }

  /**
   * The damaged line.
   *
   * @return its number, from 1; the header is line 1 and record {@code n} is line {@code n + 1}
   */
  public long line() {
    return line;
  }

  /**
   * The record the damaged line should hold: one more than the last good record.
   *
   * @return its sequence number, or 0 when the header is at fault
   */
  public long sequence() {
    return sequence;
  }

  /**
   * What is wrong, without the file and place.
   *
   * @return such as {@code "expected record 6, found record 8: records 6 to 7 are missing"}
   */
  public String problem() {
    return problem;
  }
}
