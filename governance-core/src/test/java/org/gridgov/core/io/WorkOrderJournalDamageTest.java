package org.gridgov.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.gridgov.core.workorder.Actor;
import org.gridgov.core.workorder.WorkOrderEvent;
import org.gridgov.core.workorder.WorkOrderId;
import org.gridgov.core.workorder.WorkOrders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A journal of twelve records (lines 2 to 13, after the header), damaged in each way a crash or a
 * fault can damage it.
 */
class WorkOrderJournalDamageTest {

  private static final List<WorkOrderEvent> EVENTS = WorkOrderJournalTest.sample(12);

  @TempDir Path dir;
  private Path file;

  @BeforeEach
  void writeTwelveRecords() {
    file = dir.resolve("orders.journal");
    try (WorkOrderJournal journal = WorkOrderJournal.open(file, Durability.onClose())) {
      EVENTS.forEach(journal::append);
    }
  }

  // ------------------------------------------------------------------ torn tails

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 40, 150})
  void aLastRecordCutShortIsCutAwayAndEverythingBeforeItKept(int cut) throws IOException {
    List<byte[]> lines = lines();
    long lastStart = offsetOfLine(lines, 13);
    byte[] bytes = Files.readAllBytes(file);
    write(Arrays.copyOf(bytes, bytes.length - cut));

    try (WorkOrderJournal journal = WorkOrderJournal.open(file, Durability.everyRecord())) {
      assertThat(journal.tornTail())
          .contains(
              new TornTail(lastStart, 13, lines.get(12).length - cut, "the line has no newline"));
      assertThat(journal.lastSequence()).isEqualTo(11);
      assertThat(journal.orders()).isEqualTo(ordersOf(EVENTS.subList(0, 11)));
      assertThat(Files.size(file)).isEqualTo(lastStart);
      assertThat(journal.append(EVENTS.get(11))).isEqualTo(12);
    }
    try (WorkOrderJournal journal = WorkOrderJournal.open(file, Durability.everyRecord())) {
      assertThat(journal.tornTail()).isEmpty();
      assertThat(journal.orders()).isEqualTo(ordersOf(EVENTS));
    }
  }

  @Test
  void aWholeLastRecordWhoseChecksumDoesNotMatchIsDamageAndKept() throws IOException {
    List<byte[]> lines = lines();
    byte[] last = lines.get(12);
    String text = new String(last, StandardCharsets.UTF_8);
    int at = text.indexOf("\"seq\":12") + "\"seq\":1".length();
    last[at] = '3'; // "seq":13, the checksum no longer matches
    write(lines);

    JournalCorruptException e = refused();

    assertThat(e.line()).isEqualTo(13);
    assertThat(e.byteOffset()).isEqualTo(offsetOfLine(lines, 13));
    assertThat(e.sequence()).isEqualTo(12);
    assertThat(e.problem())
        .matches("the checksum does not match: stored [0-9a-f]{8}, computed [0-9a-f]{8}");
  }

  @Test
  void aLastRecordCutBeforeItsChecksumWithANewlineIsCutAway() throws IOException {
    List<byte[]> lines = lines();
    byte[] last = lines.get(12);
    lines.set(
        12,
        (new String(last, 0, 30, StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8));
    write(lines);

    try (WorkOrderJournal journal = WorkOrderJournal.open(file, Durability.everyRecord())) {
      TornTail torn = journal.tornTail().orElseThrow();
      assertThat(torn.line()).isEqualTo(13);
      assertThat(torn.reason()).startsWith("the line does not end in a checksum field");
      assertThat(journal.lastSequence()).isEqualTo(11);
    }
  }

  @Test
  void aByteOrderMarkBeforeTheHeaderIsNamed() throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    byte[] marked = new byte[bytes.length + 3];
    marked[0] = (byte) 0xEF;
    marked[1] = (byte) 0xBB;
    marked[2] = (byte) 0xBF;
    System.arraycopy(bytes, 0, marked, 3, bytes.length);
    write(marked);

    assertThat(refused().problem()).startsWith("the first line starts with a byte-order mark");
  }

  @Test
  void zerosAfterTheLastRecordAsAPowerCutLeavesThemAreCutAway() throws IOException {
    long size = Files.size(file);
    Files.write(file, new byte[4096], java.nio.file.StandardOpenOption.APPEND);

    try (WorkOrderJournal journal = WorkOrderJournal.open(file, Durability.everyRecord())) {
      assertThat(journal.tornTail())
          .contains(new TornTail(size, 14, 4096, "the line has no newline"));
      assertThat(journal.lastSequence()).isEqualTo(12);
      assertThat(Files.size(file)).isEqualTo(size);
    }
  }

  @Test
  void aLastLineThatIsNotARecordIsCutAway() throws IOException {
    long size = Files.size(file);
    Files.write(
        file,
        "{\"seq\":13,\"order\":\n".getBytes(StandardCharsets.UTF_8),
        java.nio.file.StandardOpenOption.APPEND);

    try (WorkOrderJournal journal = WorkOrderJournal.open(file, Durability.everyRecord())) {
      assertThat(journal.tornTail())
          .contains(
              new TornTail(
                  size,
                  14,
                  19,
                  "the line does not end in a checksum field ,\"crc32c\":\"xxxxxxxx\"}"));
      assertThat(journal.lastSequence()).isEqualTo(12);
    }
  }

  @Test
  void aJournalCutInsideItsHeaderOpensEmptyWithItsHeaderWrittenAgain() throws IOException {
    write(Arrays.copyOf(JournalFormat.HEADER, 17));

    try (WorkOrderJournal journal = WorkOrderJournal.open(file, Durability.everyRecord())) {
      assertThat(journal.tornTail()).contains(new TornTail(0, 1, 17, "the line has no newline"));
      assertThat(journal.lastSequence()).isZero();
      assertThat(journal.append(EVENTS.get(0))).isEqualTo(1);
    }
    assertThat(WorkOrderJournal.read(file).records())
        .containsExactly(new JournalRecord(1, EVENTS.get(0)));
  }

  @Test
  void cuttingATornTailIsLoggedAtWarn() throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    write(Arrays.copyOf(bytes, bytes.length - 10));
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream original = System.err;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try (WorkOrderJournal journal = WorkOrderJournal.open(file, Durability.everyRecord())) {
      assertThat(journal.tornTail()).isPresent();
    } finally {
      System.setErr(original);
    }

    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains(
            "WARN org.gridgov.core.io.WorkOrderJournal - "
                + file
                + ": cut away a torn last record at line 13 (byte offset "
                + offsetOfLine(lines(), 13)
                + ", ")
        .contains("the line has no newline; records 1 to 11 before it are kept");
  }

  @Test
  void aReaderReportsATornTailAndLeavesItInPlace() throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    byte[] cut = Arrays.copyOf(bytes, bytes.length - 5);
    write(cut);

    JournalContents contents = WorkOrderJournal.read(file);

    assertThat(contents.tornTail()).isPresent();
    assertThat(contents.lastSequence()).isEqualTo(11);
    assertThat(contents.orders()).isEqualTo(ordersOf(EVENTS.subList(0, 11)));
    assertThat(Files.readAllBytes(file)).isEqualTo(cut);
  }

  // ------------------------------------------------------------------ damage before the last
  // record

  @Test
  void aBadChecksumInTheMiddleIsAnErrorNamingTheLineOffsetAndRecord() throws IOException {
    List<byte[]> lines = lines();
    byte[] line = lines.get(5); // record 5
    int at = new String(line, StandardCharsets.ISO_8859_1).indexOf("\"at\":\"") + 8;
    line[at] = (byte) (line[at] == '1' ? '2' : '1');
    write(lines);

    JournalCorruptException e = refused();

    assertThat(e.file()).isEqualTo(file.toString());
    assertThat(e.line()).isEqualTo(6);
    assertThat(e.sequence()).isEqualTo(5);
    assertThat(e.byteOffset()).isEqualTo(offsetOfLine(lines, 6));
    assertThat(e.problem()).startsWith("the checksum does not match: stored ");
    assertThat(e.getMessage())
        .startsWith(file + ": line 6 (byte offset " + offsetOfLine(lines, 6) + "), record 5: ");
  }

  @Test
  void aRecordWithAMatchingChecksumThatIsNotJsonIsAnError() throws IOException {
    List<byte[]> lines = lines();
    lines.set(
        5, withChecksum("{\"seq\":5,\"order\":\"WO-1\",\"event\":{\"type\":\"Dispatched\",}"));
    write(lines);

    JournalCorruptException e = refused();

    assertThat(e.line()).isEqualTo(6);
    assertThat(e.sequence()).isEqualTo(5);
    assertThat(e.problem())
        .startsWith("the checksum matches but the record cannot be read: $ (column ")
        .contains("not well-formed JSON");
  }

  @Test
  void aRecordWithAMatchingChecksumWhoseEventIsNotAnEventIsAnErrorNamingItsPath()
      throws IOException {
    List<byte[]> lines = lines();
    String record = new String(lines.get(5), StandardCharsets.UTF_8);
    String canonical = record.substring(0, record.indexOf(",\"crc32c\"")) + "}";
    lines.set(5, withChecksum(canonical.replace("\"reason\":\"\"", "\"reason\":17")));
    write(lines);

    JournalCorruptException e = refused();

    assertThat(e.line()).isEqualTo(6);
    assertThat(e.problem())
        .isEqualTo(
            "the checksum matches but the record cannot be read: $.event.reason: should be text, got 17");
  }

  @Test
  void aMissingRecordIsAGapNamingTheRecordExpected() throws IOException {
    List<byte[]> lines = lines();
    long offset = offsetOfLine(lines, 6);
    lines.remove(5);
    write(lines);

    JournalCorruptException e = refused();

    assertThat(e.line()).isEqualTo(6);
    assertThat(e.byteOffset()).isEqualTo(offset);
    assertThat(e.sequence()).isEqualTo(5);
    assertThat(e.problem()).isEqualTo("expected record 5, found record 6: record 5 is missing");
    assertThat(e.describe(Locale.ENGLISH)).isEqualTo(e.getMessage());
    assertThat(e.describe(Locale.CHINESE))
        .isEqualTo(file + "：第 6 行（字节偏移 " + offset + "），第 5 条记录：应为第 5 条记录，却见到第 6 条：缺少第 5 条记录");
  }

  @Test
  void aChecksumThatDoesNotMatchReadsInChinese() throws IOException {
    List<byte[]> lines = lines();
    byte[] record = lines.get(3);
    int at = new String(record, StandardCharsets.UTF_8).indexOf("\"seq\":3") + "\"seq\":".length();
    record[at] = '7';
    write(lines);

    assertThat(refused().describe(Locale.CHINESE))
        .contains("：第 4 行（字节偏移 ")
        .containsPattern("第 3 条记录：校验和不符：存储的是 [0-9a-f]{8}，计算得 [0-9a-f]{8}$");
  }

  @Test
  void aRecordWrittenTwiceIsADuplicate() throws IOException {
    List<byte[]> lines = lines();
    lines.add(6, lines.get(5).clone());
    write(lines);

    JournalCorruptException e = refused();

    assertThat(e.line()).isEqualTo(7);
    assertThat(e.sequence()).isEqualTo(6);
    assertThat(e.byteOffset()).isEqualTo(offsetOfLine(lines, 7));
    assertThat(e.problem())
        .isEqualTo("expected record 6, found record 5 again: a record appears twice");
  }

  @Test
  void aGapOrDuplicateOnTheLastLineIsAnErrorNotATornTail() throws IOException {
    List<byte[]> lines = lines();
    lines.add(lines.get(12).clone());
    write(lines);

    assertThat(refused().problem())
        .isEqualTo("expected record 13, found record 12 again: a record appears twice");

    lines.remove(13);
    lines.remove(11);
    write(lines);

    JournalCorruptException e = refused();
    assertThat(e.line()).isEqualTo(12);
    assertThat(e.problem()).isEqualTo("expected record 11, found record 12: record 11 is missing");
  }

  @Test
  void anEventTheLifecycleRefusesIsAnErrorEvenWithAMatchingChecksum() throws IOException {
    List<byte[]> lines = lines();
    // Record 7 accepted WO-0, which was DISPATCHED; closing it there is refused.
    WorkOrderEvent accepted = EVENTS.get(6);
    WorkOrderEvent closed =
        new WorkOrderEvent.Closed(
            accepted.order(), accepted.sequence(), accepted.at(), Actor.system("test"), "");
    lines.set(7, new JournalFormat().encode(7, closed));
    write(lines);

    JournalCorruptException e = refused();

    assertThat(e.line()).isEqualTo(8);
    assertThat(e.sequence()).isEqualTo(7);
    assertThat(e.problem())
        .isEqualTo(
            "the event cannot be replayed: order WO-0 cannot be closed: it is DISPATCHED; close"
                + " needs RESOLVED or RATED");
  }

  @Test
  void aRecordWhoseOrderIsNotItsEventsOrderIsAnError() throws IOException {
    List<byte[]> lines = lines();
    String record = new String(lines.get(3), StandardCharsets.UTF_8);
    String canonical = record.substring(0, record.indexOf(",\"crc32c\"")) + "}";
    lines.set(3, withChecksum(canonical.replaceFirst("\"order\":\"WO-2\"", "\"order\":\"WO-9\"")));
    write(lines);

    assertThat(refused().problem())
        .isEqualTo("the record is of order WO-9 but its event is of order WO-2");
  }

  @Test
  void aDamagedLineBeforeATornTailIsAnError() throws IOException {
    List<byte[]> lines = lines();
    lines.get(12)[20] ^= 1;
    lines.add("{\"seq\":13".getBytes(StandardCharsets.UTF_8));
    write(lines);

    JournalCorruptException e = refused();

    assertThat(e.line()).isEqualTo(13);
    assertThat(e.sequence()).isEqualTo(12);
  }

  @Test
  void anEmptyLineInTheMiddleIsAnError() throws IOException {
    List<byte[]> lines = lines();
    lines.add(4, "\n".getBytes(StandardCharsets.UTF_8));
    write(lines);

    JournalCorruptException e = refused();

    assertThat(e.line()).isEqualTo(5);
    assertThat(e.sequence()).isEqualTo(4);
    assertThat(e.problem())
        .isEqualTo("the line does not end in a checksum field ,\"crc32c\":\"xxxxxxxx\"}");
  }

  @Test
  void aFileThatIsNotAJournalIsRefusedAndLeftAlone() throws IOException {
    new DistrictSnapshotJson().write(SnapshotFixtures.rich(), file);

    JournalCorruptException e = refused();

    assertThat(e.line()).isEqualTo(1);
    assertThat(e.byteOffset()).isZero();
    assertThat(e.sequence()).isZero();
    assertThat(e.getMessage())
        .isEqualTo(
            file
                + ": line 1 (byte offset 0), the header: not a work-order journal: the first line"
                + " should be {\"format\":\"gridgov-work-order-journal\",\"version\":1}, got {");
  }

  @Test
  void aLineWithoutNewlineThatIsNotTheHeaderIsRefusedAndLeftAlone() throws IOException {
    write("hello".getBytes(StandardCharsets.UTF_8));

    assertThat(refused().problem())
        .isEqualTo("not a work-order journal: the first line has no newline");
  }

  @Test
  void aJournalOfAnotherVersionIsRefused() throws IOException {
    List<byte[]> lines = lines();
    lines.set(
        0,
        "{\"format\":\"gridgov-work-order-journal\",\"version\":2}\n"
            .getBytes(StandardCharsets.UTF_8));
    write(lines);

    assertThat(refused().problem())
        .isEqualTo("journal version 2 is not supported; this library reads version 1");
  }

  // ------------------------------------------------------------------ helpers

  /**
   * Opens and reads the damaged journal, each of which must fail the same way, leaving the file as
   * it was and no lock behind.
   */
  private JournalCorruptException refused() throws IOException {
    byte[] before = Files.readAllBytes(file);
    JournalCorruptException opened =
        catchCorrupt(() -> WorkOrderJournal.open(file, Durability.everyRecord()).close());
    JournalCorruptException read = catchCorrupt(() -> WorkOrderJournal.read(file));
    assertThat(read).hasMessage(opened.getMessage());
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    // The failed open released its lock: another attempt fails on the damage, not on a lock.
    assertThatThrownBy(() -> WorkOrderJournal.open(file, Durability.onClose()))
        .isInstanceOf(JournalCorruptException.class);
    return opened;
  }

  private static JournalCorruptException catchCorrupt(Runnable action) {
    try {
      action.run();
    } catch (JournalCorruptException e) {
      return e;
    }
    throw new AssertionError("expected the journal to be refused as damaged");
  }

  /** The file's lines, each with its newline. */
  private List<byte[]> lines() throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    List<byte[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        lines.add(Arrays.copyOfRange(bytes, start, i + 1));
        start = i + 1;
      }
    }
    assertThat(start).isEqualTo(bytes.length);
    return lines;
  }

  private static long offsetOfLine(List<byte[]> lines, int line) {
    long offset = 0;
    for (int i = 0; i < line - 1; i++) {
      offset += lines.get(i).length;
    }
    return offset;
  }

  private void write(List<byte[]> lines) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    lines.forEach(out::writeBytes);
    write(out.toByteArray());
  }

  private void write(byte[] bytes) throws IOException {
    Files.write(file, bytes);
  }

  /** A record line with a matching checksum, whatever its canonical text holds. */
  private static byte[] withChecksum(String canonical) {
    byte[] bytes = canonical.getBytes(StandardCharsets.UTF_8);
    String line =
        canonical.substring(0, canonical.length() - 1)
            + ",\"crc32c\":\""
            + JournalFormat.checksum(bytes, bytes.length)
            + "\"}\n";
    return line.getBytes(StandardCharsets.UTF_8);
  }

  private static List<org.gridgov.core.workorder.WorkOrder> ordersOf(List<WorkOrderEvent> events) {
    java.util.Map<WorkOrderId, List<WorkOrderEvent>> histories = new java.util.LinkedHashMap<>();
    events.forEach(e -> histories.computeIfAbsent(e.order(), id -> new ArrayList<>()).add(e));
    return histories.values().stream().map(WorkOrders::replay).toList();
  }
}
