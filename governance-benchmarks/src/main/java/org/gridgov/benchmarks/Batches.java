package org.gridgov.benchmarks;

import java.util.List;
import org.gridgov.core.workorder.WorkOrder;

/**
 * Generated orders cut into batches of {@value #SIZE}, handed out one after another and from the
 * first again after the last, for benchmarks that count orders per call. Not thread-safe: one
 * benchmark thread reads it.
 */
final class Batches {

  /** Orders in a batch: the batch the engine's sweep uses, and the batch routing is given. */
  static final int SIZE = Main.CHUNK;

  private final List<List<WorkOrder>> batches;
  private int next;

  private Batches(List<List<WorkOrder>> batches) {
    this.batches = batches;
  }

  /**
   * Cuts the orders into batches.
   *
   * @param orders a positive multiple of {@value #SIZE} orders, so that every batch is full
   * @return the batches
   */
  static Batches of(List<WorkOrder> orders) {
    if (orders.isEmpty() || orders.size() % SIZE != 0) {
      throw new IllegalArgumentException(
          "the orders parameter must be a positive multiple of "
              + SIZE
              + " so that every call counts "
              + SIZE
              + " orders, got "
              + orders.size());
    }
    return new Batches(Orders.chunks(orders, SIZE));
  }

  /** The next batch. */
  List<WorkOrder> next() {
    List<WorkOrder> batch = batches.get(next);
    next = next + 1 == batches.size() ? 0 : next + 1;
    return batch;
  }
}
