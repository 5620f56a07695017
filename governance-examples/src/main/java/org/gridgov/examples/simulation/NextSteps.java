package org.gridgov.examples.simulation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.gridgov.core.workorder.WorkOrderId;

/**
 * When each order's next step is due, so that a run finds the steps due by a moment without looking
 * at every order in progress.
 *
 * <p>The orders due are given in the order in which each was given a step after having none, as a
 * {@link java.util.LinkedHashMap} of the orders would iterate them: setting the step of an order
 * that has one keeps its place, and an order whose step was removed goes to the end when it is
 * given one again. So the run takes its steps, and draws its numbers, in the same order as it would
 * walking over every order.
 *
 * <p>Settings are kept in buckets of one minute of their due time, so that setting a step costs an
 * append and finding the steps due costs a look at each setting once, however many orders are in
 * progress.
 *
 * <p>Not thread-safe.
 */
final class NextSteps {

  /** An order's step: when it is due, its place, and the version of its last setting. */
  private static final class Step {
    private final WorkOrderId order;
    private final long place;
    private Instant due;
    private long version;

    Step(WorkOrderId order, long place) {
      this.order = order;
      this.place = place;
    }
  }

  /** One setting of a step; outdated once the step is set again or removed. */
  private record Setting(Instant due, long version, Step step) {}

  private final Map<WorkOrderId, Step> steps = new HashMap<>();

  /** Settings by the minute they are due in (epoch seconds / 60), in the order they were made. */
  private final NavigableMap<Long, List<Setting>> byMinute = new TreeMap<>();

  private long places;
  private long versions;

  /**
   * When an order's next step is due.
   *
   * @param order the order
   * @return the moment, or null if it has no step
   */
  Instant due(WorkOrderId order) {
    Step step = steps.get(order);
    return step == null ? null : step.due;
  }

  /**
   * Sets when an order's next step is due; it keeps its place if it had a step.
   *
   * @param order the order
   * @param due the moment
   */
  void set(WorkOrderId order, Instant due) {
    Step step = steps.computeIfAbsent(order, o -> new Step(o, places++));
    step.due = due;
    step.version = ++versions;
    byMinute
        .computeIfAbsent(minute(due), m -> new ArrayList<>())
        .add(new Setting(due, step.version, step));
  }

  /**
   * Removes an order's step, if it has one.
   *
   * @param order the order
   */
  void remove(WorkOrderId order) {
    Step step = steps.remove(order);
    if (step != null) {
      step.version = -1;
    }
  }

  /**
   * The orders whose steps are due by a moment, in their places.
   *
   * @param until the moment
   * @return the orders
   */
  List<WorkOrderId> dueBy(Instant until) {
    List<Step> due = new ArrayList<>();
    long last = minute(until);
    Map.Entry<Long, List<Setting>> bucket;
    while ((bucket = byMinute.firstEntry()) != null && bucket.getKey() <= last) {
      List<Setting> later = new ArrayList<>();
      for (Setting setting : bucket.getValue()) {
        if (setting.version() != setting.step().version) {
          continue;
        }
        if (setting.due().isAfter(until)) {
          later.add(setting);
        } else {
          due.add(setting.step());
        }
      }
      if (later.isEmpty()) {
        byMinute.pollFirstEntry();
      } else {
        byMinute.put(bucket.getKey(), later);
        break;
      }
    }
    due.sort(Comparator.comparingLong(s -> s.place));
    List<WorkOrderId> orders = new ArrayList<>(due.size());
    due.forEach(s -> orders.add(s.order));
    return orders;
  }

  private static long minute(Instant t) {
    return Math.floorDiv(t.getEpochSecond(), 60);
  }
}
