package org.gridgov.core.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.gridgov.core.workorder.Lifecycle;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.core.workorder.WorkOrderEvent;

/**
 * Writers of journals in a process of their own, for the crash tests, which kill it.
 *
 * <ul>
 *   <li>{@code write <seed> <journal> <records per force> [<journal> <records per force> ...]}
 *       starts one writer thread per journal (1 record per force for every record, 0 for on close).
 *       Each waits a few random milliseconds, so that a kill soon after the start finds some
 *       journals not yet opened and some being recovered; opens its journal and prints {@code open
 *       <journal index> <last sequence> <1 if a torn tail was cut, else 0>}; then appends random
 *       legal events forever, printing {@code ack <journal index> <sequence> <durable sequence>
 *       <order> <event's sequence in its order> <type>} after each append returns.
 *   <li>{@code try <journal>}, for each line it reads until its input ends, tries to open the
 *       journal and prints {@code opened <last sequence>} or {@code locked <message>}.
 * </ul>
 */
public final class JournalWriterProcess {

  private JournalWriterProcess() {}

  /**
   * Runs the writers.
   *
   * @param args the mode and its arguments
   * @throws IOException if the input cannot be read
   * @throws InterruptedException if interrupted while writing
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    if (args[0].equals("try")) {
      Path file = Path.of(args[1]);
      BufferedReader in =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      while (in.readLine() != null) {
        try (WorkOrderJournal journal = WorkOrderJournal.open(file, Durability.everyRecord())) {
          out.println("opened " + journal.lastSequence());
        } catch (JournalLockedException e) {
          out.println("locked " + e.getMessage());
        }
      }
      return;
    }
    long seed = Long.parseLong(args[1]);
    List<Thread> writers = new ArrayList<>();
    for (int i = 2; i + 1 < args.length; i += 2) {
      int index = writers.size();
      Path file = Path.of(args[i]);
      int records = Integer.parseInt(args[i + 1]);
      Random random = new Random(seed + index);
      Thread writer = new Thread(() -> write(index, file, records, random, out), "writer " + index);
      writers.add(writer);
      writer.start();
    }
    for (Thread writer : writers) {
      writer.join();
    }
  }

  private static void write(int index, Path file, int records, Random random, PrintStream out) {
    Durability durability = records == 0 ? Durability.onClose() : Durability.everyRecords(records);
    try {
      Thread.sleep(random.nextInt(40));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    try (WorkOrderJournal journal = WorkOrderJournal.open(file, durability)) {
      out.println(
          "open "
              + index
              + " "
              + journal.lastSequence()
              + " "
              + (journal.tornTail().isPresent() ? 1 : 0));
      while (true) {
        WorkOrderEvent event = next(journal.orders(), random);
        if (event != null) {
          long sequence = journal.append(event);
          out.println(
              "ack "
                  + index
                  + " "
                  + sequence
                  + " "
                  + journal.durableSequence()
                  + " "
                  + event.order()
                  + " "
                  + event.sequence()
                  + " "
                  + event.type());
        }
      }
    }
  }

  /** A new order now and then, else a random step of an open order; null if it was refused. */
  private static WorkOrderEvent next(List<WorkOrder> orders, Random random) {
    List<WorkOrder> open = orders.stream().filter(o -> o.status().isOpen()).toList();
    if (open.isEmpty() || random.nextInt(8) == 0) {
      int n = orders.size();
      return JournalEvents.report(n, JournalEvents.START.plus(Duration.ofHours(n)));
    }
    WorkOrder order = open.get(random.nextInt(open.size()));
    return Lifecycle.apply(order, JournalEvents.randomStep(random)).producedEvent().orElse(null);
  }
}
