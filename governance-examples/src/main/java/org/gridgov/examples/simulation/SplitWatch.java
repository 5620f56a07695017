package org.gridgov.examples.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.core.workorder.WorkOrderId;
import org.gridgov.rules.escalation.AppliedSweep;
import org.gridgov.rules.escalation.Escalation;
import org.gridgov.rules.escalation.EscalationSweep;
import org.gridgov.rules.escalation.EscalationWatch;

/**
 * Open orders in several {@link EscalationWatch}es, each order in the one its id chooses, swept
 * side by side: one on the calling thread, each other on a thread of its own, and each sweep's
 * decisions applied there too. The sweep rules decide each order from its own facts, so the parts
 * together decide what a single watch of every order decides; only the cost is shared among the
 * processors.
 *
 * <p>Used by one thread, which puts and sweeps; {@link #close()} stops the threads.
 */
final class SplitWatch implements AutoCloseable {

  /**
   * What one part of the watch decided and what that did to its orders.
   *
   * @param sweep the part's sweep
   * @param looked the orders it looked at, as they stood, in the order of their ids
   * @param applied the same orders after the decisions, with the decisions refused
   */
  record Part(EscalationSweep sweep, List<WorkOrder> looked, AppliedSweep applied) {

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
      return new Part(sweep, looked, escalation.apply(sweep, looked));
    }
  }

  private final Escalation escalation;
  private final EscalationWatch[] watches;
  private final ExecutorService others;

  /**
   * Watches in parts.
   *
   * @param escalation the escalation whose watches to use
   * @param parts how many watches, one swept on the calling thread and each other on a thread of
   *     its own
   * @throws IllegalArgumentException if {@code parts} is below one
   */
  SplitWatch(Escalation escalation, int parts) {
    if (parts < 1) {
      throw new IllegalArgumentException("a split watch has one part or more, got " + parts);
    }
    this.escalation = escalation;
    watches = new EscalationWatch[parts];
    for (int i = 0; i < parts; i++) {
      watches[i] = escalation.watch();
    }
    others =
        parts == 1
            ? null
            : Executors.newFixedThreadPool(
                parts - 1,
                r -> {
                  Thread t = new Thread(r, "gridgov-sweep");
                  t.setDaemon(true);
                  return t;
                });
  }

  /**
   * Watches in as many parts as the machine has processors, at most four.
   *
   * @param escalation the escalation whose watches to use
   * @return the watches
   */
  static SplitWatch perProcessor(Escalation escalation) {
    return new SplitWatch(
        escalation, Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
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
   * puts the orders the decisions changed.
   *
   * @return the parts, one per watch, in order
   */
  List<Part> sweep() {
    List<Future<Part>> pending = new ArrayList<>();
    for (int i = 1; i < watches.length; i++) {
      EscalationWatch watch = watches[i];
      pending.add(others.submit(() -> Part.of(escalation, watch)));
    }
    List<Part> parts = new ArrayList<>(watches.length);
    parts.add(Part.of(escalation, watches[0]));
    for (Future<Part> part : pending) {
      parts.add(join(part));
    }
    return parts;
  }

  private static Part join(Future<Part> part) {
    try {
      return part.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new CompletionException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the escalation rules swept", e);
    }
  }

  @Override
  public void close() {
    if (others != null) {
      others.shutdownNow();
    }
  }
}
