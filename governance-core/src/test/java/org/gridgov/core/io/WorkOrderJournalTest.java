package org.gridgov.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import java.util.zip.CRC32C;
import org.gridgov.core.common.Describable;
import org.gridgov.core.evaluation.Satisfaction;
import org.gridgov.core.workorder.Actor;
import org.gridgov.core.workorder.EscalationLevel;
import org.gridgov.core.workorder.Lifecycle;
import org.gridgov.core.workorder.Refusal;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.core.workorder.WorkOrderEvent;
import org.gridgov.core.workorder.WorkOrderId;
import org.gridgov.core.workorder.WorkOrderRefusedException;
import org.gridgov.core.workorder.WorkOrders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkOrderJournalTest {

  private static final Pattern RECORD =
      Pattern.compile(
          "\\{\"seq\":(\\d+),\"order\":\"([^\"]+)\",\"event\":(\\{.*\\}),\"crc32c\":\"([0-9a-f]{8})\"\\}");

  @TempDir Path dir;

  /**
   * Three orders moved along their main line in turn: records 1-3 report WO-0 to WO-2, 4-6 dispatch
   * them, 7-9 accept them, 10-12 start them, ...
   */
  static List<JournalEvents.Move> sampleMoves(int count) {
    List<JournalEvents.Move> moves = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      moves.add(new JournalEvents.Move(i % 3, i, advance()));
    }
    return moves;
  }

  static List<WorkOrderEvent> sample(int count) {
    List<WorkOrderEvent> events = JournalEvents.play(sampleMoves(count)).events();
    assertThat(events).hasSize(count);
    return events;
  }

  static List<Long> appendAll(WorkOrderJournal journal, List<WorkOrderEvent> events) {
    return events.stream().map(journal::append).toList();
  }

  @Test
  void appendNumbersTheRecordsFromOneAndReadingGivesBackTheEventsAndOrders() {
    Path file = dir.resolve("orders.journal");
    JournalEvents.Played played = JournalEvents.play(sampleMoves(12));
    List<WorkOrderEvent> events = played.events();
    List<WorkOrder> live = played.orders();

    try (WorkOrderJournal journal = WorkOrderJournal.open(file, Durability.everyRecord())) {
      assertThat(appendAll(journal, events))
          .containsExactlyElementsOf(LongStream.rangeClosed(1, 12).boxed().toList());
      assertThat(journal.lastSequence()).isEqualTo(12);
      assertThat(journal.orders()).containsExactlyElementsOf(live);
      assertThat(journal.order(WorkOrderId.of("WO-1"))).contains(live.get(1));
      assertThat(journal.order(WorkOrderId.of("WO-9"))).isEmpty();
    }

    JournalContents contents = WorkOrderJournal.read(file);
    assertThat(contents.records())
        .containsExactlyElementsOf(
            LongStream.rangeClosed(1, 12)
                .mapToObj(n -> new JournalRecord(n, events.get((int) n - 1)))
                .toList());
    assertThat(contents.orders()).containsExactlyElementsOf(live);
    assertThat(contents.tornTail()).isEmpty();
    try (WorkOrderJournal again = WorkOrderJournal.open(file, Durability.everyRecord())) {
      assertThat(again.orders()).containsExactlyElementsOf(live);
      assertThat(again.tornTail()).isEmpty();
      assertThat(again.lastSequence()).isEqualTo(12);
      assertThat(again.durableSequence()).isEqualTo(12);
    }
  }

  @Test
  void eachLineIsAHeaderOrARecordWhoseChecksumIsTheCrc32cOfItsCanonicalBytes() throws IOException {
    Path file = dir.resolve("orders.journal");
    List<WorkOrderEvent> events = sample(7);
    try (WorkOrderJournal journal = WorkOrderJournal.open(file, Durability.onClose())) {
      appendAll(journal, events);
    }

    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertThat(Files.readString(file)).endsWith("\n");
    assertThat(lines.get(0)).isEqualTo("{\"format\":\"gridgov-work-order-journal\",\"version\":1}");
    assertThat(lines).hasSize(8);
    for (int i = 1; i < lines.size(); i++) {
      Matcher m = RECORD.matcher(lines.get(i));
      assertThat(m.matches()).as(lines.get(i)).isTrue();
      assertThat(m.group(1)).isEqualTo(String.valueOf(i));
      assertThat(m.group(2)).isEqualTo(events.get(i - 1).order().value());
      String canonical = lines.get(i).substring(0, m.start(4) - ",\"crc32c\":\"".length()) + "}";
      CRC32C crc = new CRC32C();
      crc.update(canonical.getBytes(StandardCharsets.UTF_8));
      assertThat(m.group(4)).isEqualTo(HexFormat.of().toHexDigits((int) crc.getValue()));
    }
  }

  @Test
  void theEventIsWrittenAsTheDistrictSnapshotWritesIt() throws IOException {
    Path file = dir.resolve("rich.journal");
    List<WorkOrder> orders = SnapshotFixtures.orders();
    try (WorkOrderJournal journal = WorkOrderJournal.open(file, Durability.onClose())) {
      orders.forEach(o -> o.history().forEach(journal::append));
    }

    ObjectMapper json = new ObjectMapper();
    JsonNode snapshot = json.readTree(new DistrictSnapshotJson().toJson(SnapshotFixtures.rich()));
    List<JsonNode> written = new ArrayList<>();
    snapshot.get("orders").forEach(o -> o.get("events").forEach(written::add));
    List<JsonNode> journalled = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      journalled.add(json.readTree(line).get("event"));
    }
    assertThat(journalled).isNotEmpty().containsExactlyElementsOf(written);
    assertThat(WorkOrderJournal.read(file).orders()).containsExactlyElementsOf(orders);
  }

  @Test
  void anEventTheLifecycleRefusesIsNotWritten() throws IOException {
    Path file = dir.resolve("orders.journal");
    try (WorkOrderJournal journal = WorkOrderJournal.open(file, Durability.everyRecord())) {
      appendAll(journal, sample(3));
      long size = Files.size(file);
      WorkOrder reported = journal.order(WorkOrderId.of("WO-0")).orElseThrow();
      WorkOrderEvent accept =
          new WorkOrderEvent.Accepted(
              reported.id(), 2, reported.lastEventAt(), Actor.system("test"), "");

      assertThatThrownBy(() -> journal.append(accept))
          .isInstanceOfSatisfying(
              WorkOrderRefusedException.class,
              e -> assertThat(e.refusal().reason()).isEqualTo(Refusal.Reason.WRONG_STATUS))
          .hasMessage("order WO-0 cannot be accepted: it is REPORTED; accept needs DISPATCHED");
      assertThat(Files.size(file)).isEqualTo(size);
      assertThat(journal.lastSequence()).isEqualTo(3);
      assertThat(journal.order(reported.id())).contains(reported);
    }
    assertThat(WorkOrderJournal.read(file).lastSequence()).isEqualTo(3);
  }

  @Test
  void anEventOfAnUnknownOrderADuplicateReportOrAStaleEventIsNotWritten() throws IOException {
    Path file = dir.resolve("orders.journal");
    List<WorkOrderEvent> events = sample(6);
    try (WorkOrderJournal journal = WorkOrderJournal.open(file, Durability.everyRecord())) {
      appendAll(journal, events.subList(0, 3));
      long size = Files.size(file);

      WorkOrderEvent again = JournalEvents.report(0, JournalEvents.START.plusSeconds(5));
      assertThatThrownBy(() -> journal.append(again))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("order WO-0 is already in the journal, reported at ");
      WorkOrder stranger = WorkOrders.replay(List.of(JournalEvents.report(7, JournalEvents.START)));
      WorkOrderEvent unknown = Lifecycle.apply(stranger, advance()).producedEvent().orElseThrow();
      assertThatThrownBy(() -> journal.append(unknown))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "order WO-7 is not in the journal; its first event is its report, got DISPATCHED");
      assertThat(Files.size(file)).isEqualTo(size);
      journal.append(events.get(3));
      size = Files.size(file);
      // events.get(3) dispatched WO-0; an event made from WO-0 as it stood before is stale.
      WorkOrder before = WorkOrders.replay(List.of(events.get(0)));
      WorkOrderEvent stale = Lifecycle.apply(before, advance()).producedEvent().orElseThrow();
      assertThatThrownBy(() -> journal.append(stale))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("event 3 of order WO-0 has sequence number 2");
      assertThat(Files.size(file)).isEqualTo(size);
      assertThat(journal.lastSequence()).isEqualTo(4);
    }
  }

  @Test
  void withEveryRecordEachReturnedSequenceNumberIsDurable() {
    try (WorkOrderJournal journal =
        WorkOrderJournal.open(dir.resolve("j"), Durability.everyRecord())) {
      for (WorkOrderEvent event : sample(9)) {
        long sequence = journal.append(event);
        assertThat(journal.durableSequence()).isEqualTo(sequence);
      }
    }
  }

  @Test
  void withEveryThreeRecordsTheDurableMarkMovesOnEveryThirdAppendSinceTheLastForce() {
    Path file = dir.resolve("j");
    List<WorkOrderEvent> events = sample(12);
    List<Long> durable = new ArrayList<>();
    try (WorkOrderJournal journal = WorkOrderJournal.open(file, Durability.everyRecords(3))) {
      assertThat(journal.durableSequence()).isZero();
      for (WorkOrderEvent event : events.subList(0, 7)) {
        journal.append(event);
        durable.add(journal.durableSequence());
      }
    }
    assertThat(durable).containsExactly(0L, 0L, 3L, 3L, 3L, 6L, 6L);

    durable.clear();
    try (WorkOrderJournal journal = WorkOrderJournal.open(file, Durability.everyRecords(3))) {
      // Opening forces what it found, so the count starts again from record 7.
      assertThat(journal.durableSequence()).isEqualTo(7);
      for (WorkOrderEvent event : events.subList(7, 12)) {
        journal.append(event);
        durable.add(journal.durableSequence());
      }
      assertThat(durable).containsExactly(7L, 7L, 10L, 10L, 10L);
      assertThat(journal.sync()).isEqualTo(12);
      assertThat(journal.durableSequence()).isEqualTo(12);
    }
  }

  @Test
  void onCloseLeavesTheDurableMarkUntilSyncOrClose() {
    Path file = dir.resolve("j");
    List<WorkOrderEvent> events = sample(8);
    try (WorkOrderJournal journal = WorkOrderJournal.open(file, Durability.onClose())) {
      appendAll(journal, events.subList(0, 5));
      assertThat(journal.durableSequence()).isZero();
      assertThat(journal.sync()).isEqualTo(5);
      appendAll(journal, events.subList(5, 8));
      assertThat(journal.durableSequence()).isEqualTo(5);
      assertThat(journal.lastSequence()).isEqualTo(8);
    }
    try (WorkOrderJournal journal = WorkOrderJournal.open(file, Durability.onClose())) {
      assertThat(journal.durableSequence()).isEqualTo(8);
    }
  }

  @Test
  void durabilityPoliciesAreCheckedAndNamed() {
    assertThat(Durability.everyRecord()).hasToString("every record");
    assertThat(Durability.everyRecords(5)).hasToString("every 5 records");
    assertThat(Durability.onClose()).hasToString("on close");
    assertThatThrownBy(() -> Durability.everyRecords(0))
        .hasMessage("a journal forces its file every 1 or more records, got 0");
    assertThatThrownBy(() -> new Durability(-1))
        .hasMessageStartingWith("a durability policy forces every 1 or more records");
  }

  @Test
  void aClosedJournalTakesNoAppendsAndClosingTwiceDoesNothing() {
    WorkOrderJournal journal = WorkOrderJournal.open(dir.resolve("j"), Durability.onClose());
    List<WorkOrderEvent> events = sample(2);
    journal.append(events.get(0));
    journal.close();
    journal.close();

    assertThatThrownBy(() -> journal.append(events.get(1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(dir.resolve("j") + ": the journal is closed");
    assertThat(journal.durableSequence()).isEqualTo(1);
  }

  @Test
  void aJournalThatCannotBeReadSaysWhichFileInEitherLanguage() {
    Path missing = dir.resolve("missing.journal");

    assertThatThrownBy(() -> WorkOrderJournal.read(missing))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage(missing + ": cannot read the journal: " + missing)
        .isInstanceOfSatisfying(
            Describable.class,
            e -> assertThat(e.describe(Locale.CHINESE)).isEqualTo(missing + "：无法读取日志：" + missing));
  }

  @Test
  void aSecondWriterInTheSameJvmIsRefusedAndTheFirstKeepsWriting() throws IOException {
    Path file = dir.resolve("orders.journal");
    List<WorkOrderEvent> events = sample(3);
    try (WorkOrderJournal first = WorkOrderJournal.open(file, Durability.everyRecord())) {
      first.append(events.get(0));

      assertThatThrownBy(() -> WorkOrderJournal.open(file, Durability.everyRecord()))
          .isInstanceOf(JournalLockedException.class)
          .hasMessage(
              file
                  + ": the journal is already open for writing in this JVM; a journal has one"
                  + " writer");
      assertThatThrownBy(() -> WorkOrderJournal.open(file, Durability.everyRecord()))
          .isInstanceOfSatisfying(
              JournalLockedException.class,
              e ->
                  assertThat(e.describe(Locale.CHINESE))
                      .isEqualTo(file + "：日志已在本 JVM 中打开写入；一份日志同时只能有一个写入者"));
      assertThatThrownBy(
              () -> WorkOrderJournal.open(dir.resolve("./orders.journal"), Durability.onClose()))
          .isInstanceOf(JournalLockedException.class);
      Path link = Files.createSymbolicLink(dir.resolve("link.journal"), file);
      assertThatThrownBy(() -> WorkOrderJournal.open(link, Durability.onClose()))
          .isInstanceOf(JournalLockedException.class);
      assertThat(first.append(events.get(1))).isEqualTo(2);
      assertThat(Files.exists(dir.resolve("orders.journal.lock"))).isTrue();
    }
    try (WorkOrderJournal again = WorkOrderJournal.open(file, Durability.everyRecord())) {
      assertThat(again.append(events.get(2))).isEqualTo(3);
    }
  }

  @Test
  void aReaderWhileTheWriterAppendsSeesOnlyWholeRecords() throws Exception {
    Path file = dir.resolve("orders.journal");
    List<JournalEvents.Move> moves = new ArrayList<>();
    java.util.Random random = new java.util.Random(11);
    for (int i = 0; i < 3000; i++) {
      moves.add(new JournalEvents.Move(random.nextInt(40), i, JournalEvents.randomStep(random)));
    }
    List<WorkOrderEvent> events = JournalEvents.play(moves).events();
    WorkOrderJournal journal = WorkOrderJournal.open(file, Durability.everyRecords(100));
    ExecutorService writer = Executors.newSingleThreadExecutor();
    try {
      Future<?> appending = writer.submit(() -> appendAll(journal, events));
      long seen = 0;
      int reads = 0;
      while (!appending.isDone() || reads == 0) {
        JournalContents contents = WorkOrderJournal.read(file);
        reads++;
        assertThat(contents.lastSequence()).isGreaterThanOrEqualTo(seen);
        seen = contents.lastSequence();
        for (JournalRecord record : contents.records()) {
          assertThat(record.event()).isEqualTo(events.get((int) record.sequence() - 1));
        }
        for (WorkOrder order : contents.orders()) {
          assertThat(WorkOrders.replay(order.history())).isEqualTo(order);
        }
      }
      appending.get();
      assertThat(reads).isPositive();
    } finally {
      writer.shutdown();
      journal.close();
    }
    assertThat(WorkOrderJournal.read(file).lastSequence()).isEqualTo(events.size());
  }

  static Lifecycle.Step advance() {
    return new Lifecycle.Step(
        Lifecycle.Op.ADVANCE, 60, Satisfaction.SATISFIED, EscalationLevel.STREET, 0);
  }
}
