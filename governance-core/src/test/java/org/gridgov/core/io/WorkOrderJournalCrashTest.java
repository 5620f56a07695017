package org.gridgov.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.core.workorder.WorkOrderEvent;
import org.gridgov.core.workorder.WorkOrders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writers in a process of their own ({@link JournalWriterProcess}) killed with SIGKILL at random
 * points ({@link ProcessHandle#destroyForcibly()} sends SIGKILL on Linux): every append that
 * returned before the kill is in its journal, in order, and the journal opens and takes appends
 * again.
 *
 * <p>Each writer process writes six journals at once, one thread each: five forced at every record
 * and one every fifth record. A kill stops every thread where it happens to be, so each kill is a
 * crash of six writers at six independent points: before or while a journal is opened and
 * recovered, in an append or between two. Five kills are twenty-five crashes of a writer that
 * forces every record and five of one that forces every fifth, as many as the thirty-one kills of
 * one writer each this test made before, for a sixth of the JVM starts, which are what a round
 * costs. Every run kills once while the JVM starts, once while the journals are being opened and
 * recovered, and three times while the writers append; while they append, this JVM checks that they
 * hold the journals' locks (and, in the first round, that a reader still reads them).
 *
 * <p>A kill stops the process, not the machine: the operating system keeps what was written, so
 * these tests check recovery and the acknowledgement order, not the forcing to disk. A small write
 * is never cut by SIGKILL, so after the first round the test leaves torn records at the end of
 * journals itself, as a crash of the machine in the middle of a write would.
 */
@EnabledOnOs(OS.LINUX)
class WorkOrderJournalCrashTest {

  private static final long TIMEOUT_SECONDS = 60;
  private static final String END = "\u0000end";

  /** The journals of each writer process, by how many records it forces at a time. */
  private static final List<Integer> RECORDS_PER_FORCE = List.of(1, 1, 1, 1, 1, 5);

  private static final int KILLS = 5;

  @TempDir Path dir;

  /** What a writer printed after an append returned. */
  private record Ack(
      int journal, long sequence, long durable, String order, int eventSequence, String type) {
    static Ack parse(String line) {
      String[] f = line.split(" ");
      return new Ack(
          Integer.parseInt(f[1]),
          Long.parseLong(f[2]),
          Long.parseLong(f[3]),
          f[4],
          Integer.parseInt(f[5]),
          f[6]);
    }
  }

  /** What one round printed about one journal: the last record found on opening, the acks. */
  private record Round(long opened, boolean tornTail, List<Ack> acks) {}

  /** One journal across the rounds: what is known to be in it, and its counts. */
  private static final class Journal {
    final int index;
    final Path file;
    final int recordsPerForce;
    final List<Ack> acks = new ArrayList<>();

    /**
     * The last record known to be in the journal: acknowledged, or found by a writer on opening. A
     * writer killed between an append and its acknowledgement leaves one record more.
     */
    long known;

    /** A torn record was left at the end and no writer has opened the journal since. */
    boolean tornPending;

    /**
     * A torn record was left at the end and a writer was killed while it may have been opening the
     * journal: the record may be there or cut. No torn record is left on top of it.
     */
    boolean tornUncertain;

    int tornInjected;
    int tornSeen;
    int notOpened;

    Journal(int index, Path file, int recordsPerForce) {
      this.index = index;
      this.file = file;
      this.recordsPerForce = recordsPerForce;
    }

    void count(Round round) {
      acks.addAll(round.acks());
      known = Math.max(known, round.opened());
      if (!round.acks().isEmpty()) {
        known = round.acks().get(round.acks().size() - 1).sequence();
      }
    }

    @Override
    public String toString() {
      return file.getFileName() + " (forced every " + recordsPerForce + ")";
    }
  }

  @Test
  void everyAcknowledgedRecordSurvivesFiveKillsOfSixWritersEach() throws Exception {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    long started = System.nanoTime();
    List<Journal> journals = new ArrayList<>();
    for (int i = 0; i < RECORDS_PER_FORCE.size(); i++) {
      journals.add(
          new Journal(i, dir.resolve("orders-" + i + ".journal"), RECORDS_PER_FORCE.get(i)));
    }
    List<String> rounds = new ArrayList<>();
    int kills = 0;

    for (int round = 0; round < KILLS; round++) {
      for (Journal j : journals) {
        boolean hasRecords =
            Files.exists(j.file) && Files.size(j.file) > JournalFormat.HEADER.length;
        // the first journal as soon as it can be, the others now and then
        if (hasRecords
            && !j.tornPending
            && !j.tornUncertain
            && (j.index == 0 && j.tornInjected == 0 || random.nextInt(3) == 0)) {
          injectTornRecord(j.file, random);
          j.tornPending = true;
          j.tornInjected++;
        }
      }
      Kill kind =
          switch (round) {
            case 1 -> Kill.WHILE_THE_JVM_STARTS;
            case 3 -> Kill.WHILE_JOURNALS_OPEN;
            default -> Kill.WHILE_APPENDING;
          };
      Map<Integer, Round> found = runAndKill(journals, kind, round, random, rounds);
      kills++;
      for (Journal j : journals) {
        Round r = found.get(j.index);
        if (r == null) {
          // killed before its writer said it had opened the journal: it may have cut a torn
          // record already, or not
          j.notOpened++;
          j.tornUncertain |= j.tornPending;
          j.tornPending = false;
          continue;
        }
        String where = "round " + round + ", " + j + "; " + rounds;
        assertThat(r.opened())
            .as("opened after every acknowledged record: %s", where)
            .isBetween(j.known, j.known + 1);
        if (j.tornPending) {
          assertThat(r.tornTail()).as("found the torn record: %s", where).isTrue();
        }
        j.tornPending = false;
        j.tornUncertain = false;
        if (r.tornTail()) {
          j.tornSeen++;
        }
        assertAcknowledgedInOrder(r, j.recordsPerForce, where);
        j.count(r);
      }
    }

    StringBuilder report = new StringBuilder();
    for (Journal j : journals) {
      JournalContents contents = assertEveryAcknowledgedRecordIsThere(j.file, j.acks);
      assertTheJournalTakesAppendsAgain(j.file, contents);
      report.append(
          String.format(
              "%n  %s: %d acknowledged, %d recovered, torn tails injected %d and seen %d,"
                  + " not opened in %d rounds",
              j, j.acks.size(), contents.lastSequence(), j.tornInjected, j.tornSeen, j.notOpened));
    }
    System.out.printf(
        "journal crash test (seed %d): %d kills of %d writers each, %.1f s%s%n",
        seed, kills, journals.size(), (System.nanoTime() - started) / 1e9, report);
    assertThat(kills).isEqualTo(KILLS);
    assertThat(journals.stream().mapToInt(j -> j.acks.size()).sum()).isPositive();
    assertThat(journals.stream().mapToInt(j -> j.tornInjected).sum()).isPositive();
  }

  /**
   * Acknowledgements come in sequence after the record found on opening, and the durable mark
   * follows the journal's policy: forced on opening, then every n-th record, never more than n - 1
   * records behind.
   */
  private static void assertAcknowledgedInOrder(Round r, int n, String where) {
    long expected = r.opened() + 1;
    long durable = r.opened();
    for (Ack ack : r.acks()) {
      assertThat(ack.sequence()).as(where).isEqualTo(expected++);
      assertThat(ack.durable()).as(where).isBetween(durable, ack.sequence());
      assertThat(ack.sequence() - ack.durable()).as(where).isLessThan(n);
      assertThat((ack.durable() - r.opened()) % n).as(where).isZero();
      assertThat(ack.durable() == ack.sequence())
          .as(where)
          .isEqualTo((ack.sequence() - r.opened()) % n == 0);
      durable = ack.durable();
    }
  }

  @Test
  void aRefusedSecondWriterInTheJvmLeavesTheLockHeldAgainstOtherProcesses() throws Exception {
    Path file = dir.resolve("orders.journal");
    Process other = start("try", file.toString());
    BlockingQueue<String> lines = lines(other);
    try {
      try (WorkOrderJournal journal = WorkOrderJournal.open(file, Durability.everyRecord())) {
        assertThatThrownBy(() -> WorkOrderJournal.open(file, Durability.everyRecord()))
            .isInstanceOf(JournalLockedException.class);
        // Opening and closing the journal file itself, as a reader does, leaves the lock alone.
        WorkOrderJournal.read(file);

        tryAgain(other);
        assertThat(lines.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS))
            .startsWith("locked ")
            .contains("by another process");
        journal.append(JournalEvents.report(0, JournalEvents.START));
      }
      tryAgain(other);
      assertThat(lines.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isEqualTo("opened 1");
    } finally {
      other.getOutputStream().close();
      assertThat(other.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
    }
  }

  // ------------------------------------------------------------------ helpers

  /** Asks a process in {@code try} mode to try to open its journal. */
  private static void tryAgain(Process process) throws IOException {
    OutputStream in = process.getOutputStream();
    in.write('\n');
    in.flush();
  }

  /** When a round kills its writers. */
  private enum Kill {
    /** A random moment in the first 400 ms, while the JVM starts. */
    WHILE_THE_JVM_STARTS,
    /** Up to 30 ms after the first journal is opened, while the others are opened and recovered. */
    WHILE_JOURNALS_OPEN,
    /**
     * Up to 200 ms after the first append, once this JVM has checked that the writers hold the
     * journals' locks.
     */
    WHILE_APPENDING
  }

  /**
   * Starts a writer of every journal, kills it as the round's kind says, and collects what the
   * writers printed.
   *
   * @return the round of each journal whose writer opened it
   */
  private Map<Integer, Round> runAndKill(
      List<Journal> journals, Kill kind, int round, Random random, List<String> rounds)
      throws Exception {
    List<String> args = new ArrayList<>(List.of("write", Long.toString(random.nextLong())));
    for (Journal j : journals) {
      args.add(j.file.toString());
      args.add(Integer.toString(j.recordsPerForce));
    }
    Process writer = start(args.toArray(String[]::new));
    BlockingQueue<String> lines = lines(writer);
    List<String> printed = new ArrayList<>();
    if (kind == Kill.WHILE_THE_JVM_STARTS) {
      String line = lines.poll(random.nextInt(400), TimeUnit.MILLISECONDS);
      if (line != null && !line.equals(END)) {
        printed.add(line);
      }
    } else {
      // the writers open their journals a few random milliseconds apart
      String line = lines.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      while (kind == Kill.WHILE_APPENDING && line != null && !line.startsWith("ack ")) {
        printed.add(line);
        line = lines.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      }
      assertThat(line)
          .as(() -> "the writers print; they logged: " + writerLog())
          .isNotNull()
          .isNotEqualTo(END);
      printed.add(line);
      if (kind == Kill.WHILE_JOURNALS_OPEN) {
        Thread.sleep(random.nextInt(30));
      } else {
        assertLocked(journals.get(Ack.parse(line).journal()).file, round == 0);
        // a random while: the output lags behind the writers, so lines are not counted
        Thread.sleep(random.nextInt(200));
      }
    }
    kill(writer);
    assertThat(writer.exitValue())
        .as(() -> "killed by SIGKILL; it logged: " + writerLog())
        .isEqualTo(128 + 9);
    for (String line = lines.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        !END.equals(line);
        line = lines.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      assertThat(line).as("the writers' output ends").isNotNull();
      printed.add(line);
    }
    rounds.add(printed.size() + " lines");
    Map<Integer, Round> found = new HashMap<>();
    Map<Integer, List<Ack>> acks = new HashMap<>();
    for (String line : printed) {
      String[] f = line.split(" ");
      int journal = Integer.parseInt(f[1]);
      if (f[0].equals("open")) {
        assertThat(found).as("one open per journal: %s", printed).doesNotContainKey(journal);
        List<Ack> own = new ArrayList<>();
        acks.put(journal, own);
        found.put(journal, new Round(Long.parseLong(f[2]), f[3].equals("1"), own));
      } else {
        assertThat(acks).as("an ack after its journal's open: %s", line).containsKey(journal);
        acks.get(journal).add(Ack.parse(line));
      }
    }
    return found;
  }

  /**
   * A writer in another process holds the journal: opening it here fails, and a reader reads it
   * (checked while the journal is small, since the writers go on appending meanwhile).
   */
  private static void assertLocked(Path file, boolean read) {
    assertThatThrownBy(() -> WorkOrderJournal.open(file, Durability.everyRecord()))
        .isInstanceOf(JournalLockedException.class)
        .hasMessage(
            file
                + ": the journal is already open for writing by another process; a journal has"
                + " one writer");
    if (read) {
      assertThat(WorkOrderJournal.read(file).lastSequence()).isPositive();
    }
  }

  /**
   * Sends SIGKILL through the process's handle and waits for the process to die. {@link
   * Process#destroyForcibly()} sends the same signal but also closes this end of the process's
   * output at once, dropping acknowledgements it printed just before it died.
   */
  private static void kill(Process process) throws InterruptedException {
    assertThat(process.toHandle().destroyForcibly()).isTrue();
    assertThat(process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
  }

  /** Every acknowledged append is the record of its number, and the records are whole. */
  private static JournalContents assertEveryAcknowledgedRecordIsThere(Path file, List<Ack> acks) {
    JournalContents contents = WorkOrderJournal.read(file);
    // a torn record injected in the last rounds stays until a writer opens the journal again (the
    // last writer may have been killed before it opened it); it is never an acknowledged record
    contents
        .tornTail()
        .ifPresent(torn -> assertThat(torn.line()).isGreaterThan(contents.lastSequence() + 1));
    for (Ack ack : acks) {
      assertThat(contents.lastSequence()).isGreaterThanOrEqualTo(ack.sequence());
      JournalRecord record = contents.records().get((int) ack.sequence() - 1);
      WorkOrderEvent event = record.event();
      assertThat(record.sequence()).isEqualTo(ack.sequence());
      assertThat(event.order().value()).isEqualTo(ack.order());
      assertThat(event.sequence()).isEqualTo(ack.eventSequence());
      assertThat(event.type().name()).isEqualTo(ack.type());
    }
    for (WorkOrder order : contents.orders()) {
      assertThat(WorkOrders.replay(order.history())).isEqualTo(order);
    }
    return contents;
  }

  private static void assertTheJournalTakesAppendsAgain(Path file, JournalContents contents) {
    int n = contents.orders().size();
    WorkOrderEvent report = JournalEvents.report(n, JournalEvents.START);
    try (WorkOrderJournal journal = WorkOrderJournal.open(file, Durability.everyRecord())) {
      assertThat(journal.orders()).isEqualTo(contents.orders());
      assertThat(journal.append(report)).isEqualTo(contents.lastSequence() + 1);
    }
    assertThat(WorkOrderJournal.read(file).records())
        .endsWith(new JournalRecord(contents.lastSequence() + 1, report));
  }

  /** Leaves the beginning of a copy of the last record at the end, as a cut write would. */
  private static void injectTornRecord(Path file, Random random) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    int start = bytes.length - 1;
    while (start > 0 && bytes[start - 1] != '\n') {
      start--;
    }
    byte[] record = Arrays.copyOfRange(bytes, start, bytes.length - 1);
    int length = 1 + random.nextInt(record.length);
    Files.write(file, Arrays.copyOf(record, length), StandardOpenOption.APPEND);
  }

  /** The end of what the writers wrote to their standard error. */
  private String writerLog() {
    Path log = dir.resolve("writers.log");
    try {
      String text = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
      return text.substring(Math.max(0, text.length() - 2000));
    } catch (IOException e) {
      return "(cannot read " + log + ": " + e + ")";
    }
  }

  /**
   * Starts {@link JournalWriterProcess} in a JVM that starts fast and stays small: the client
   * compiler only, the serial collector, a small heap, the shared class archive, no performance
   * data file.
   */
  private Process start(String... args) throws IOException {
    String java = ProcessHandle.current().info().command().orElseThrow();
    List<String> command =
        new ArrayList<>(
            List.of(
                java,
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Xmx64m",
                "-Xshare:auto",
                "-XX:-UsePerfData",
                "-cp",
                System.getProperty("java.class.path"),
                JournalWriterProcess.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.redirectError(ProcessBuilder.Redirect.appendTo(dir.resolve("writers.log").toFile()));
    return builder.start();
  }

  /** The lines a process prints, each whole line as it comes, then {@link #END}. */
  private static BlockingQueue<String> lines(Process process) {
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader =
        new Thread(
            () -> {
              try (InputStream in = process.getInputStream()) {
                ByteArrayOutputStream line = new ByteArrayOutputStream();
                for (int b = in.read(); b >= 0; b = in.read()) {
                  if (b == '\n') {
                    lines.add(line.toString(StandardCharsets.UTF_8));
                    line.reset();
                  } else {
                    line.write(b);
                  }
                }
              } catch (IOException e) {
                // The process died; what it printed whole is in the queue.
              } finally {
                lines.add(END);
              }
            },
            "journal writer output");
    reader.setDaemon(true);
    reader.start();
    return lines;
  }
}
