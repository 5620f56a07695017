package org.gridgov.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 * Writers in processes of their own ({@link JournalWriterProcess}) killed with SIGKILL at random
 * points ({@link ProcessHandle#destroyForcibly()} sends SIGKILL on Linux): every append that
 * returned before the kill is in the journal, in order, and the journal opens and takes appends
 * again.
 *
 * <p>A kill stops the process, not the machine: the operating system keeps what was written, so
 * these tests check recovery and the acknowledgement order, not the forcing to disk. A small write
 * is never cut by SIGKILL, so every few rounds the test leaves a torn record at the end of the file
 * itself, as a crash of the machine in the middle of a write would.
 */
@EnabledOnOs(OS.LINUX)
class WorkOrderJournalCrashTest {

  private static final long TIMEOUT_SECONDS = 60;
  private static final String END = "\u0000end";

  @TempDir Path dir;

  /** What a writer printed after an append returned. */
  private record Ack(long sequence, long durable, String order, int eventSequence, String type) {
    static Ack parse(String line) {
      String[] f = line.split(" ");
      return new Ack(
          Long.parseLong(f[1]), Long.parseLong(f[2]), f[3], Integer.parseInt(f[4]), f[5]);
    }
  }

  /** What one round printed: the last record it found on opening, and its acknowledgements. */
  private record Round(long opened, boolean tornTail, List<Ack> acks) {}

  /** One test's rounds: its randomness, its counts, and every acknowledgement. */
  private static final class Run {
    final long seed = System.nanoTime();
    final Random random = new Random(seed);
    final long started = System.nanoTime();
    final List<Ack> acks = new ArrayList<>();
    int kills;
    int acknowledged;
    int tornSeen;
    int tornInjected;
    int beforeOpening;

    /** Each round's first line and how many lines it printed, for a failure's message. */
    final List<String> rounds = new ArrayList<>();

    /**
     * The last record known to be in the journal: acknowledged, or found by a writer on opening. A
     * writer killed between an append and its acknowledgement leaves one record more.
     */
    long known;

    void count(Round round) {
      acks.addAll(round.acks());
      acknowledged += round.acks().size();
      known = Math.max(known, round.opened());
      if (!round.acks().isEmpty()) {
        known = round.acks().get(round.acks().size() - 1).sequence();
      }
    }
  }

  @Test
  void everyAcknowledgedRecordSurvivesTwentyFiveKills() throws Exception {
    Path file = dir.resolve("orders.journal");
    Run run = new Run();

    for (int round = 0; round < 25; round++) {
      boolean inject =
          round % 5 == 4 && Files.exists(file) && Files.size(file) > JournalFormat.HEADER.length;
      if (inject) {
        injectTornRecord(file, run.random);
        run.tornInjected++;
      }
      Round r = runAndKill(file, 1, run);
      if (r == null) {
        continue; // killed before it had opened the journal
      }
      assertThat(r.opened())
          .as("round %d opened after every acknowledged record; %s", round, run.rounds)
          .isBetween(run.known, run.known + 1);
      if (inject) {
        assertThat(r.tornTail()).as("round %d found the torn record", round).isTrue();
      }
      long expected = r.opened() + 1;
      for (Ack ack : r.acks()) {
        assertThat(ack.sequence()).isEqualTo(expected++);
        assertThat(ack.durable()).isEqualTo(ack.sequence());
      }
      run.count(r);
    }

    JournalContents contents = assertEveryAcknowledgedRecordIsThere(file, run.acks);
    assertTheJournalTakesAppendsAgain(file, contents);
    System.out.printf(
        "journal crash test (every record, seed %d): %d kills (%d before the writer had opened the"
            + " journal), %d appends acknowledged, %d records recovered, torn tails seen on"
            + " reopening %d (of them injected %d), %.1f s%n",
        run.seed,
        run.kills,
        run.beforeOpening,
        run.acknowledged,
        contents.lastSequence(),
        run.tornSeen,
        run.tornInjected,
        (System.nanoTime() - run.started) / 1e9);
    assertThat(run.kills).isEqualTo(25);
    assertThat(run.acknowledged).isPositive();
  }

  @Test
  void everyFiveRecordsTheDurableMarkLagsByLessThanFiveAndKillsLoseNothingAcknowledged()
      throws Exception {
    Path file = dir.resolve("orders.journal");
    Run run = new Run();
    int n = 5;

    for (int round = 0; round < 6; round++) {
      Round r = runAndKill(file, n, run);
      if (r == null) {
        continue;
      }
      // Every acknowledged record survives a kill, the durable ones above all.
      assertThat(r.opened()).isBetween(run.known, run.known + 1);
      long durable = r.opened();
      for (Ack ack : r.acks()) {
        assertThat(ack.durable()).isBetween(durable, ack.sequence());
        assertThat(ack.sequence() - ack.durable()).isLessThan(n);
        // Opening forced what it found; from there the file is forced every n-th record.
        assertThat((ack.durable() - r.opened()) % n).isZero();
        assertThat(ack.durable() == ack.sequence())
            .isEqualTo((ack.sequence() - r.opened()) % n == 0);
        durable = ack.durable();
      }
      run.count(r);
    }

    JournalContents contents = assertEveryAcknowledgedRecordIsThere(file, run.acks);
    System.out.printf(
        "journal crash test (every %d records, seed %d): %d kills, %d appends acknowledged, %d"
            + " records recovered, %.1f s%n",
        n,
        run.seed,
        run.kills,
        run.acknowledged,
        contents.lastSequence(),
        (System.nanoTime() - run.started) / 1e9);
    assertThat(run.kills).isEqualTo(6);
  }

  @Test
  void aWriterInAnotherProcessLocksTheJournalUntilItDies() throws Exception {
    Path file = dir.resolve("orders.journal");
    Process holder = start(file, "hold", 1, 1);
    try {
      BlockingQueue<String> lines = lines(holder);
      assertThat(lines.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isEqualTo("open 0 0");

      assertThatThrownBy(() -> WorkOrderJournal.open(file, Durability.everyRecord()))
          .isInstanceOf(JournalLockedException.class)
          .hasMessage(
              file
                  + ": the journal is already open for writing by another process; a journal has"
                  + " one writer");
      assertThat(WorkOrderJournal.read(file).lastSequence()).isZero();
    } finally {
      kill(holder);
    }
    try (WorkOrderJournal journal = WorkOrderJournal.open(file, Durability.everyRecord())) {
      assertThat(journal.lastSequence()).isZero();
    }
  }

  @Test
  void aRefusedSecondWriterInTheJvmLeavesTheLockHeldAgainstOtherProcesses() throws Exception {
    Path file = dir.resolve("orders.journal");
    try (WorkOrderJournal journal = WorkOrderJournal.open(file, Durability.everyRecord())) {
      assertThatThrownBy(() -> WorkOrderJournal.open(file, Durability.everyRecord()))
          .isInstanceOf(JournalLockedException.class);
      // Opening and closing the journal file itself, as a reader does, leaves the lock alone too.
      WorkOrderJournal.read(file);

      assertThat(tryToOpen(file)).startsWith("locked ").contains("by another process");
      journal.append(JournalEvents.report(0, JournalEvents.START));
    }
    assertThat(tryToOpen(file)).isEqualTo("opened 1");
  }

  // ------------------------------------------------------------------ helpers

  /**
   * Starts a writer, waits for it to open the journal (or not, now and then), lets it append for a
   * random while, kills it and collects what it printed.
   *
   * @return the round, or null if it was killed before it had opened the journal
   */
  private Round runAndKill(Path file, int recordsPerForce, Run run) throws Exception {
    Random random = run.random;
    Process writer = start(file, "append", recordsPerForce, random.nextLong());
    BlockingQueue<String> lines = lines(writer);
    List<String> printed = new ArrayList<>();
    if (random.nextInt(6) == 0) {
      // Now and then while the JVM starts or the journal is opened and recovered.
      String line = lines.poll(random.nextInt(800), TimeUnit.MILLISECONDS);
      if (line != null) {
        printed.add(line);
      }
    } else {
      // Else after a random number of acknowledgements, a random fraction of an append later.
      int acks = random.nextInt(40);
      for (int i = 0; i <= acks; i++) {
        String line = lines.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        assertThat(line)
            .as(() -> "the writer prints; it logged: " + writerLog())
            .isNotNull()
            .isNotEqualTo(END);
        printed.add(line);
      }
      Thread.sleep(random.nextInt(3));
    }
    kill(writer);
    assertThat(writer.exitValue())
        .as(() -> "killed by SIGKILL; it logged: " + writerLog())
        .isEqualTo(128 + 9);
    run.kills++;
    for (String line = lines.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        !END.equals(line);
        line = lines.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      assertThat(line).as("the writer's output ends").isNotNull();
      printed.add(line);
    }
    run.rounds.add(
        printed.isEmpty()
            ? "-"
            : printed.get(0)
                + " .. "
                + printed.get(printed.size() - 1)
                + " ("
                + printed.size()
                + ")");
    if (printed.isEmpty()) {
      run.beforeOpening++;
      return null;
    }
    assertThat(printed.get(0)).startsWith("open ");
    String[] open = printed.get(0).split(" ");
    boolean torn = open[2].equals("1");
    if (torn) {
      run.tornSeen++;
    }
    List<Ack> acks = printed.subList(1, printed.size()).stream().map(Ack::parse).toList();
    return new Round(Long.parseLong(open[1]), torn, acks);
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

  private String tryToOpen(Path file) throws Exception {
    Process p = start(file, "try", 1, 0);
    BlockingQueue<String> lines = lines(p);
    String line = lines.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    assertThat(p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
    return line;
  }

  private Process start(Path file, String mode, int recordsPerForce, long seed) throws IOException {
    String java = ProcessHandle.current().info().command().orElseThrow();
    ProcessBuilder builder =
        new ProcessBuilder(
            java,
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC",
            "-Xshare:auto",
            "-cp",
            System.getProperty("java.class.path"),
            JournalWriterProcess.class.getName(),
            file.toString(),
            mode,
            String.valueOf(recordsPerForce),
            String.valueOf(seed));
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
