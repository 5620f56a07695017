package org.gridgov.examples.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.core.workorder.WorkOrderId;
import org.gridgov.rules.decision.AgendaItem;
import org.gridgov.rules.escalation.AppliedSweep;
import org.gridgov.rules.escalation.Escalation;
import org.gridgov.rules.escalation.EscalationSweep;
import org.gridgov.rules.escalation.EscalationWatch;

/**
 * Open orders in several {@link EscalationWatch}es, each order in the one its id chooses, swept
 * side by side by the calling thread and a few others, each sweep's decisions applied by the thread
 * that swept it. The sweep rules decide each order from its own facts, so the parts together decide
 * what a single watch of every order decides; only the cost is shared among the processors.
 *
 * <p>Used by one thread, which puts and sweeps; {@link #close()} stops the threads.
 */
final class SplitWatch implements AutoCloseable {

  /**
   * What one part of the watch decided and what that did to its orders.
   *
   * @param sweep the part's sweep
   * @param looked the orders it looked at, as they stood
   * @param applied the same orders after the decisions, with the decisions refused
   * @param agenda the sweep's agenda items, in the order of their orders' ids
   */
  record Part(
      EscalationSweep sweep,
      List<WorkOrder> looked,
      AppliedSweep applied,
      List<AgendaItem> agenda) {

    /**
     * Applies a sweep's decisions to the orders it looked at.
     *
     * @param escalation the escalation that applies them
     * @param sweep the sweep
     * @param looked the orders
     * @return the part
     */
    static Part of(Escalation escalation, EscalationSweep sweep, List<WorkOrder> looked) {
      return new Part(sweep, looked, escalation.apply(sweep, looked), sweep.all(AgendaItem.class));
    }

    /**
     * Sweeps a watch and applies its decisions.
     *
     * @param escalation the escalation that applies them
     * @param watch the watch
     * @return the part
     */
    static Part of(Escalation escalation, EscalationWatch watch) {
      EscalationSweep sweep = watch.sweep();
      List<WorkOrder> looked = new ArrayList<>(sweep.decisions().size());
      for (WorkOrderId id : sweep.decisions().keySet()) {
        looked.add(watch.get(id).orElseThrow());
      }
      return of(escalation, sweep, looked);
    }
  }

  private final Escalation escalation;
  private final EscalationWatch[] watches;
  private final ExecutorService others;

  /**
   * Watches in parts, swept by the calling thread and some others.
   *
   * @param escalation the escalation whose watches to use
   * @param parts how many watches
   * @param threads how many threads besides the calling one sweep them, zero or more
   * @throws IllegalArgumentException if {@code parts} is below one or {@code threads} below zero
   */
  SplitWatch(Escalation escalation, int parts, int threads) {
    if (parts < 1 || threads < 0) {
      throw new IllegalArgumentException(
          "a split watch has one part or more and zero threads or more besides the caller's, got "
              + parts
              + " parts and "
              + threads
              + " threads");
    }
    this.escalation = escalation;
    watches = new EscalationWatch[parts];
    for (int i = 0; i < parts; i++) {
      watches[i] = escalation.watch();
    }
    others =
        threads == 0
            ? null
            : Executors.newFixedThreadPool(
                threads,
                r -> {
                  Thread t = new Thread(r, "gridgov-sweep");
                  t.setDaemon(true);
                  return t;
                });
  }

  /**
   * Watches in twice as many parts as the machine has processors, swept by the calling thread and
   * one more thread per further processor, at most three.
   *
   * @param escalation the escalation whose watches to use
   * @return the watches
   */
  static SplitWatch perProcessor(Escalation escalation) {
    int processors = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    return new SplitWatch(escalation, 2 * processors, processors - 1);
  }

  /**
   * Puts an order into its watch; see {@link EscalationWatch#put}.
   *
   * @param order the order as it is now
   */
  void put(WorkOrder order) {
    watches[Math.floorMod(order.id().hashCode(), watches.length)].put(order);
  }

  /**
   * Sweeps every watch at the instant of the engine's clock and applies the decisions; the host
   * puts the orders the decisions changed. The other threads take the parts in order and the
   * calling thread from the last, each part once, so that none waits while a part is left.
   *
   * @return the parts, one per watch, in order
   */
  List<Part> sweep() {
    List<FutureTask<Part>> tasks = new ArrayList<>(watches.length);
    for (EscalationWatch watch : watches) {
      tasks.add(new FutureTask<>(() -> Part.of(escalation, watch)));
    }
    if (others != null) {
      tasks.forEach(others::execute);
    }
    for (int i = tasks.size() - 1; i >= 0; i--) {
      tasks.get(i).run();
    }
    List<Part> parts = new ArrayList<>(tasks.size());
    for (FutureTask<Part> task : tasks) {
      parts.add(OtherThreads.join(task));
    }
    return parts;
  }

  @Override
  public void close() {
    if (others != null) {
      others.shutdownNow();
    }
  }
}
