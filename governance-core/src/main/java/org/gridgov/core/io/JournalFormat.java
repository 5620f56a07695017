package org.gridgov.core.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32C;
import org.gridgov.core.common.Message;
import org.gridgov.core.workorder.WorkOrderEvent;

/**
 * The bytes of a work-order journal: its header line, and one line per record. {@link
 * WorkOrderJournal} documents the format.
 */
final class JournalFormat {

  /** The value of the header's {@code format} field. */
  static final String FORMAT = "gridgov-work-order-journal";

  /** The version written and read. */
  static final int VERSION = 1;

  /** The first line of every journal. */
  static final byte[] HEADER =
      ("{\"format\":\"" + FORMAT + "\",\"version\":" + VERSION + "}\n")
          .getBytes(StandardCharsets.UTF_8);

  /** The longest line a record may have, newline excluded; longer lines are damage. */
  static final int MAX_LINE = 1 << 20;

  private static final byte[] CHECKSUM_FIELD = ",\"crc32c\":\"".getBytes(StandardCharsets.UTF_8);
  private static final int CHECKSUM_DIGITS = 8;

  /** The length of <code>,"crc32c":"0123abcd"&#125;</code> that ends every record line. */
  private static final int SUFFIX = CHECKSUM_FIELD.length + CHECKSUM_DIGITS + 2;

  private static final List<String> FIELDS = List.of("seq", "order", "event");

  private final ObjectMapper mapper = DistrictSnapshotJson.mapper();
  private final ObjectWriter events =
      mapper.writerFor(WorkOrderEvent.class).without(SerializationFeature.INDENT_OUTPUT);

  /** A record's line, newline included. */
  byte[] encode(long sequence, WorkOrderEvent event) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(512);
    try {
      out.writeBytes(("{\"seq\":" + sequence + ",\"order\":").getBytes(StandardCharsets.UTF_8));
      out.writeBytes(mapper.writeValueAsBytes(event.order().value()));
      out.writeBytes(",\"event\":".getBytes(StandardCharsets.UTF_8));
      out.writeBytes(events.writeValueAsBytes(event));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    // The canonical bytes are the record without its checksum, closed: {"seq":..,"event":{..}}.
    out.write('}');
    byte[] canonical = out.toByteArray();
    String checksum = checksum(canonical, canonical.length);
    byte[] line = Arrays.copyOf(canonical, canonical.length - 1 + SUFFIX + 1);
    int at = canonical.length - 1;
    System.arraycopy(CHECKSUM_FIELD, 0, line, at, CHECKSUM_FIELD.length);
    at += CHECKSUM_FIELD.length;
    byte[] digits = checksum.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(digits, 0, line, at, CHECKSUM_DIGITS);
    at += CHECKSUM_DIGITS;
    line[at++] = '"';
    line[at++] = '}';
    line[at] = '\n';
    return line;
  }

  /** The CRC32C of the first {@code length} bytes, in eight lower-case hex digits. */
  static String checksum(byte[] bytes, int length) {
    CRC32C crc = new CRC32C();
    crc.update(bytes, 0, length);
    return HexFormat.of().toHexDigits((int) crc.getValue());
  }

  /**
   * The canonical bytes of a record line whose checksum matches.
   *
   * @param line the line without its newline
   * @throws Damage if the line does not end in a checksum, or the checksum does not match
   */
  static byte[] verified(byte[] line) throws Damage {
    int body = line.length - SUFFIX;
    if (!endsInChecksumField(line)) {
      throw new Damage(IoMessages.text("journal.noChecksum", ",\"crc32c\":\"xxxxxxxx\"}"));
    }
    String stored =
        new String(
            line, body + CHECKSUM_FIELD.length, CHECKSUM_DIGITS, StandardCharsets.ISO_8859_1);
    byte[] canonical = Arrays.copyOf(line, body + 1);
    canonical[body] = '}';
    String computed = checksum(canonical, canonical.length);
    if (!computed.equals(stored)) {
      throw new Damage(IoMessages.text("journal.checksum", printable(stored), computed));
    }
    return canonical;
  }

  /**
   * Whether a line ends in the checksum field, as a record ends once it is written whole; whether
   * the checksum matches is not looked at.
   */
  static boolean endsInChecksumField(byte[] line) {
    int body = line.length - SUFFIX;
    return body >= 1
        && Arrays.equals(
            line, body, body + CHECKSUM_FIELD.length, CHECKSUM_FIELD, 0, CHECKSUM_FIELD.length)
        && line[line.length - 2] == '"'
        && line[line.length - 1] == '}';
  }

  /** A record read from its canonical bytes: its number, its order field and its event. */
  record Parsed(long sequence, String order, WorkOrderEvent event) {}

  /**
   * Reads a record from its canonical bytes.
   *
   * @throws Damage if they are not well-formed JSON or not a record, naming the JSON path
   */
  Parsed parse(byte[] canonical) throws Damage {
    try {
      JsonDocument doc = JsonDocument.parse(mapper, "record", canonical);
      JsonNode root = doc.object(doc.root(), "$");
      doc.throwIfProblems();
      root.fieldNames()
          .forEachRemaining(
              f -> {
                if (!FIELDS.contains(f)) {
                  doc.problem("$." + f, IoMessages.text("journal.unknownField"));
                }
              });
      JsonNode seq = root.get("seq");
      long sequence = 0;
      if (seq == null
          || !seq.isIntegralNumber()
          || !seq.canConvertToLong()
          || seq.longValue() < 1) {
        doc.problem(
            "$.seq",
            IoMessages.text(
                "journal.sequence",
                seq == null ? IoMessages.text("json.nothing") : JsonDocument.got(seq)));
      } else {
        sequence = seq.longValue();
      }
      String order = doc.text(root, "$", "order");
      JsonNode event = root.get("event");
      WorkOrderEvent value =
          doc.bind(
              mapper, event == null ? mapper.nullNode() : event, "$.event", WorkOrderEvent.class);
      doc.throwIfProblems();
      return new Parsed(sequence, order, value);
    } catch (JsonLoadException e) {
      Message all = null;
      for (JsonProblem p : e.problems()) {
        Message one =
            p.column() > 0
                ? IoMessages.text("journal.fieldAtColumn", p.path(), p.column(), p.text())
                : IoMessages.text("journal.field", p.path(), p.text());
        all = all == null ? one : IoMessages.text("journal.and", all, one);
      }
      throw new Damage(all == null ? Message.text(e.getMessage()) : all);
    }
  }

  /** Whether a line is the beginning of the header, as a crash while creating the file leaves. */
  static boolean isHeaderPrefix(byte[] line) {
    return line.length < HEADER.length
        && Arrays.equals(line, 0, line.length, HEADER, 0, line.length);
  }

  /**
   * Checks the header line.
   *
   * @param line the first line without its newline
   * @throws Damage if it is not the header this version writes
   */
  void checkHeader(byte[] line) throws Damage {
    if (Arrays.equals(line, 0, line.length, HEADER, 0, HEADER.length - 1)) {
      return;
    }
    if (line.length >= 3
        && (line[0] & 0xFF) == 0xEF
        && (line[1] & 0xFF) == 0xBB
        && (line[2] & 0xFF) == 0xBF) {
      throw new Damage(IoMessages.text("journal.byteOrderMark"));
    }
    JsonNode node;
    try {
      node = mapper.readTree(line);
    } catch (java.io.IOException e) {
      node = null;
    }
    if (node != null
        && node.isObject()
        && FORMAT.equals(node.path("format").asText(null))
        && node.path("version").isInt()
        && node.path("version").intValue() != VERSION) {
      throw new Damage(
          IoMessages.text("journal.version", node.path("version").intValue(), VERSION));
    }
    throw new Damage(
        IoMessages.text(
            "journal.notAJournal",
            new String(HEADER, 0, HEADER.length - 1, StandardCharsets.UTF_8),
            printable(new String(line, StandardCharsets.UTF_8))));
  }

  /** Text cut to a readable length, with control characters shown as escapes. */
  static String printable(String text) {
    StringBuilder sb = new StringBuilder();
    text.codePoints()
        .limit(60)
        .forEach(
            c -> {
              if (c < 0x20 || c == 0x7f) {
                sb.append(String.format("\\u%04x", c));
              } else {
                sb.appendCodePoint(c);
              }
            });
    return text.codePointCount(0, text.length()) > 60 ? sb + "..." : sb.toString();
  }

  /** What is wrong with one line, without its place. */
  static final class Damage extends Exception {
    private static final long serialVersionUID = 1L;

    /** What is wrong, kept for this process. */
    private final transient Message text;

    Damage(Message text) {
      super(text.render(Locale.ENGLISH));
      this.text = text;
    }

    /** What is wrong, in the reader's language. */
    Message text() {
      return text == null ? Message.text(getMessage()) : text;
    }
  }
}
