package org.gridgov.core.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.common.Message;
import org.gridgov.core.workorder.WorkOrderEvent;
import org.gridgov.core.workorder.WorkOrderRefusedException;

/**
 * One pass over a journal's bytes: checks the header and every record, replays the events into
 * their orders, and finds a torn last record: one without its newline, or whose line does not end
 * in its checksum field. Damage before the last record, and a whole last record whose checksum
 * fails, is a {@link JournalCorruptException}; the scan never changes the file.
 */
final class JournalScan {

  /**
   * What a journal holds.
   *
   * @param header whether the file has its header line
   * @param records the good records, numbered 1, 2, 3 ...
   * @param orders the orders the records' events make
   * @param end the length of the good part of the file: header and good records
   * @param torn the damaged last line after the good part, if any
   */
  record Result(
      boolean header,
      List<JournalRecord> records,
      LiveOrders orders,
      long end,
      Optional<TornTail> torn) {

    long lastSequence() {
      return records.size();
    }
  }

  private final JournalFormat format;
  private final String file;
  private final List<JournalRecord> records = new ArrayList<>();
  private final LiveOrders orders = new LiveOrders();
  private boolean header;
  private long end;
  private TornTail torn;

  private JournalScan(JournalFormat format, String file) {
    this.format = format;
    this.file = file;
  }

  /**
   * Scans a journal from its first byte to the end of the stream.
   *
   * @param format the format
   * @param file the journal's name, for messages
   * @param in the bytes; read to the end, not closed
   * @throws JournalCorruptException if the journal is damaged before its last line
   * @throws IOException if reading fails
   */
  static Result scan(JournalFormat format, String file, InputStream in) throws IOException {
    JournalScan scan = new JournalScan(format, file);
    scan.run(new Lines(in));
    return new Result(
        scan.header,
        List.copyOf(scan.records),
        scan.orders,
        scan.end,
        Optional.ofNullable(scan.torn));
  }

  private void run(Lines lines) throws IOException {
    Line pending = null;
    for (Line line = lines.next(); line != null; line = lines.next()) {
      if (pending != null) {
        accept(pending, false);
      }
      pending = line;
    }
    if (pending != null) {
      accept(pending, true);
    }
  }

  /** Checks one line; the last line of the file may be torn, every other must be whole. */
  private void accept(Line line, boolean last) {
    if (!line.terminated()) {
      // A line without its newline was never acknowledged: appends write the newline last.
      if (line.number() == 1 && !JournalFormat.isHeaderPrefix(line.bytesOrEmpty())) {
        throw corrupt(line, 0, IoMessages.text("journal.firstLineUnended"));
      }
      torn = new TornTail(line.offset(), line.number(), line.length(), "the line has no newline");
      return;
    }
    if (line.number() == 1) {
      try {
        format.checkHeader(line.bytesOrEmpty());
      } catch (JournalFormat.Damage e) {
        throw corrupt(line, 0, e.text());
      }
      header = true;
      end = line.length() + 1;
      return;
    }
    long expected = records.size() + 1L;
    byte[] canonical;
    try {
      if (line.bytes() == null) {
        throw new JournalFormat.Damage(IoMessages.text("journal.tooLong", JournalFormat.MAX_LINE));
      }
      canonical = JournalFormat.verified(line.bytes());
    } catch (JournalFormat.Damage e) {
      // A last line that ends in its checksum field was written whole and acknowledged: if its
      // checksum fails, the record was damaged afterwards, and cutting it would delete it silently.
      if (last && !JournalFormat.endsInChecksumField(line.bytes())) {
        torn = new TornTail(line.offset(), line.number(), line.length() + 1, e.getMessage());
        return;
      }
      throw corrupt(line, expected, e.text());
    }
    JournalFormat.Parsed parsed;
    try {
      parsed = format.parse(canonical);
    } catch (JournalFormat.Damage e) {
      throw corrupt(line, expected, IoMessages.text("journal.unreadable", e.text()));
    }
    if (parsed.sequence() != expected) {
      throw corrupt(line, expected, outOfSequence(expected, parsed.sequence()));
    }
    WorkOrderEvent event = parsed.event();
    if (!event.order().value().equals(parsed.order())) {
      throw corrupt(
          line,
          expected,
          IoMessages.text("journal.otherOrder", parsed.order(), event.order().value()));
    }
    try {
      orders.keep(orders.after(event));
    } catch (WorkOrderRefusedException | IllegalArgumentException e) {
      throw corrupt(
          line, expected, IoMessages.text("journal.notReplayable", String.valueOf(e.getMessage())));
    }
    records.add(new JournalRecord(expected, event));
    end = line.offset() + line.length() + 1;
  }

  private static Message outOfSequence(long expected, long found) {
    if (found < expected) {
      return IoMessages.text("journal.twice", expected, found);
    }
    return found == expected + 1
        ? IoMessages.text("journal.missing", expected, found)
        : IoMessages.text("journal.missingMany", expected, found, found - 1);
  }

  private JournalCorruptException corrupt(Line line, long sequence, Message problem) {
    return new JournalCorruptException(file, line.offset(), line.number(), sequence, problem);
  }

  /**
   * One line of the file.
   *
   * @param offset where it starts
   * @param number its number, from 1
   * @param length its length without the newline
   * @param bytes its bytes without the newline, or null if longer than a record may be
   * @param terminated whether it ends in a newline
   */
  private record Line(long offset, long number, long length, byte[] bytes, boolean terminated) {
    byte[] bytesOrEmpty() {
      return bytes == null ? new byte[0] : bytes;
    }
  }

  /** Splits a stream into lines, keeping at most {@link JournalFormat#MAX_LINE} bytes of each. */
  private static final class Lines {
    private final InputStream in;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private long offset;
    private long number;
    private boolean eof;

    Lines(InputStream in) {
      this.in = in;
    }

    Line next() throws IOException {
      ByteArrayOutputStream line = new ByteArrayOutputStream(256);
      long start = offset;
      long length = 0;
      while (true) {
        if (position == limit) {
          if (eof || !fill()) {
            eof = true;
            return length == 0 ? null : line(start, length, line, false);
          }
        }
        int from = position;
        while (position < limit && buffer[position] != '\n') {
          position++;
        }
        int n = position - from;
        if (length + n <= JournalFormat.MAX_LINE) {
          line.write(buffer, from, n);
        }
        length += n;
        offset += n;
        if (position < limit) {
          position++;
          offset++;
          return line(start, length, line, true);
        }
      }
    }

    private boolean fill() throws IOException {
      int n = in.read(buffer);
      if (n <= 0) {
        return false;
      }
      position = 0;
      limit = n;
      return true;
    }

    private Line line(long start, long length, ByteArrayOutputStream bytes, boolean terminated) {
      number++;
      return new Line(
          start,
          number,
          length,
          length <= JournalFormat.MAX_LINE ? bytes.toByteArray() : null,
          terminated);
    }
  }
}
