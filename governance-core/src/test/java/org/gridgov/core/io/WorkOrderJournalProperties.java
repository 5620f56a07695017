package org.gridgov.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.core.workorder.WorkOrders;

class WorkOrderJournalProperties {

  private static Path dir;

  /** A journal of 30 records over six orders, and where each of its lines starts. */
  private static byte[] journal;

  private static long[] lineStarts;

  @BeforeContainer
  static void writeAJournal() throws IOException {
    dir = Files.createTempDirectory("journal-properties");
    Path file = dir.resolve("fixed.journal");
    try (WorkOrderJournal j = WorkOrderJournal.open(file, Durability.onClose())) {
      List<JournalEvents.Move> moves =
          IntStream.range(0, 30)
              .mapToObj(i -> new JournalEvents.Move(i % 6, i, WorkOrderJournalTest.advance()))
              .toList();
      JournalEvents.play(moves).events().forEach(j::append);
    }
    journal = Files.readAllBytes(file);
    lineStarts =
        Stream.concat(
                Stream.of(0L),
                IntStream.range(0, journal.length)
                    .filter(i -> journal[i] == '\n')
                    .mapToObj(i -> (long) i + 1))
            .mapToLong(Long::longValue)
            .toArray();
  }

  @AfterContainer
  static void removeTheFiles() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @Provide
  Arbitrary<Durability> durabilities() {
    // Forcing every record costs milliseconds a record and changes nothing that is read back.
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(Durability.everyRecord())),
        Tuple.of(2, Arbitraries.integers().between(5, 20).map(Durability::everyRecords)),
        Tuple.of(3, Arbitraries.just(Durability.onClose())));
  }

  @Provide
  Arbitrary<List<JournalEvents.Move>> moves() {
    return JournalEvents.moves(6, 80);
  }

  @Property(tries = 50)
  void aJournalReopenedReplaysToTheLiveOrdersAndTheSameLedger(
      @ForAll("moves") List<JournalEvents.Move> moves,
      @ForAll("durabilities") Durability durability)
      throws IOException {
    JournalEvents.Played played = JournalEvents.play(moves);
    Path file = Files.createTempFile(dir, "orders", ".journal");
    Files.delete(file);

    try (WorkOrderJournal journal = WorkOrderJournal.open(file, durability)) {
      played.events().forEach(journal::append);
      assertThat(journal.orders()).containsExactlyElementsOf(played.orders());
    }
    JournalContents read = WorkOrderJournal.read(file);
    try (WorkOrderJournal reopened = WorkOrderJournal.open(file, durability)) {
      assertThat(reopened.orders()).containsExactlyElementsOf(played.orders());
      assertThat(reopened.lastSequence()).isEqualTo(played.events().size());
      assertThat(reopened.durableSequence()).isEqualTo(played.events().size());
    }

    assertThat(read.records().stream().map(JournalRecord::event))
        .containsExactlyElementsOf(played.events());
    assertThat(read.orders()).containsExactlyElementsOf(played.orders());
    for (WorkOrder order : read.orders()) {
      assertThat(WorkOrders.replay(order.history())).isEqualTo(order);
    }
    JournalEvents.assertSameLedger(read.orders(), played.orders());
  }

  @Property(tries = 100)
  void cuttingAJournalAtAnyByteKeepsExactlyTheRecordsBeforeTheCut(
      @ForAll @IntRange(min = 0, max = 100_000) int where) throws IOException {
    int cut = where % (journal.length + 1);
    Path file = dir.resolve("cut.journal");
    Files.write(file, Arrays.copyOf(journal, cut));
    // Lines wholly before the cut: the header, then the records.
    int whole = (int) Arrays.stream(lineStarts).filter(s -> s > 0 && s <= cut).count();
    long kept = whole == 0 ? 0 : lineStarts[whole];

    JournalContents read = WorkOrderJournal.read(file);
    assertThat(read.lastSequence()).isEqualTo(Math.max(whole - 1, 0));
    assertThat(read.tornTail().isPresent()).isEqualTo(cut > kept);

    try (WorkOrderJournal journal = WorkOrderJournal.open(file, Durability.onClose())) {
      assertThat(journal.lastSequence()).isEqualTo(read.lastSequence());
      assertThat(journal.orders()).isEqualTo(read.orders());
    }
    assertThat(Files.size(file)).isEqualTo(Math.max(kept, JournalFormat.HEADER.length));
  }

  @Property(tries = 200)
  void changingAnyByteBeforeTheLastRecordIsAnErrorAtItsLine(
      @ForAll @IntRange(min = 0, max = 100_000) int where,
      @ForAll @IntRange(min = 1, max = 255) int xor)
      throws IOException {
    // Any byte of the header and the records before the last, but not the newline that ends the
    // last record but one: that would merge the two into one damaged last line, a torn tail.
    int lastButOneNewline = (int) lineStarts[lineStarts.length - 2] - 1;
    int at = where % lastButOneNewline;
    byte[] damaged = journal.clone();
    damaged[at] ^= (byte) xor;
    Path file = dir.resolve("damaged.journal");
    Files.write(file, damaged);
    int line = (int) Arrays.stream(lineStarts).filter(s -> s <= at).count();

    JournalCorruptException e =
        catchThrowableOfType(JournalCorruptException.class, () -> WorkOrderJournal.read(file));

    assertThat(e).as("a change at byte %d is found", at).isNotNull();
    assertThat(e.line()).isEqualTo(line);
    assertThat(e.byteOffset()).isEqualTo(lineStarts[line - 1]);
    assertThat(e.sequence()).isEqualTo(line - 1);
  }
}
