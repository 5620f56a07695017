package org.gridgov.core.io;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.gridgov.core.workorder.Lifecycle;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.core.workorder.WorkOrderEvent;

/**
 * A journal's writer in a process of its own, for the crash tests, which kill it. Arguments: the
 * journal's file; {@code append}, {@code hold} or {@code try}; how many records per force (1 for
 * every record, 0 for on close); a seed.
 *
 * <ul>
 *   <li>{@code append} opens the journal, prints {@code open <last sequence> <1 if a torn tail was
 *       cut, else 0>}, then appends random legal events forever, printing {@code ack <sequence>
 *       <durable sequence> <order> <event's sequence in its order> <type>} after each append
 *       returns;
 *   <li>{@code hold} opens the journal, prints {@code open ...} and waits;
 *   <li>{@code try} tries to open the journal and prints {@code opened} or {@code locked}.
 * </ul>
 */
public final class JournalWriterProcess {

  private JournalWriterProcess() {}

  /**
   * Runs the writer.
   *
   * @param args file, mode, records per force, seed
   * @throws InterruptedException if interrupted while holding
   */
  public static void main(String[] args) throws InterruptedException {
    Path file = Path.of(args[0]);
    String mode = args[1];
    int records = Integer.parseInt(args[2]);
    Durability durability = records == 0 ? Durability.onClose() : Durability.everyRecords(records);
    Random random = new Random(Long.parseLong(args[3]));
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    if (mode.equals("try")) {
      try (WorkOrderJournal journal = WorkOrderJournal.open(file, durability)) {
        out.println("opened " + journal.lastSequence());
      } catch (JournalLockedException e) {
        out.println("locked " + e.getMessage());
      }
      return;
    }
    try (WorkOrderJournal journal = WorkOrderJournal.open(file, durability)) {
      out.println(
          "open " + journal.lastSequence() + " " + (journal.tornTail().isPresent() ? 1 : 0));
      if (mode.equals("hold")) {
        Thread.sleep(Long.MAX_VALUE);
      }
      while (true) {
        WorkOrderEvent event = next(journal.orders(), random);
        if (event != null) {
          long sequence = journal.append(event);
          out.println(
              "ack "
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
