package org.gridgov.examples.simulation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

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
 * <p>Each order's step lives in the run's own record of the order (a {@link Step}), so that setting
 * it neither looks the order up nor stores a new object into an old one; settings are kept in
 * buckets of one minute of their due time, so that setting a step costs an append and finding the
 * steps due costs a look at each setting once, however many orders are in progress.
 *
 * <p>Not thread-safe.
 *
 * @param <S> the run's record of an order
 */
final class NextSteps<S extends NextSteps.Step> {

  private static final long NANOS = 1_000_000_000L;

  /** An order's step: its place, when it is due, and the version of its last setting. */
  static class Step {
    long place;
    long dueNanos;

    /** The version of the last setting; -1 while the order has no step. */
    long version = -1;
  }

  /** One setting of a step; outdated once the step is set again or removed. */
  private record Setting(long dueNanos, long version, Step step) {}

  /** Settings by the minute they are due in, in the order they were made. */
  private final NavigableMap<Long, List<Setting>> byMinute = new TreeMap<>();

  private long places;
  private long versions;

  /**
   * When an order's next step is due.
   *
   * @param step the order's step
   * @return the moment, or null if it has no step
   */
  Instant due(S step) {
    return step.version < 0
        ? null
        : Instant.ofEpochSecond(
            Math.floorDiv(step.dueNanos, NANOS), Math.floorMod(step.dueNanos, NANOS));
  }

  /**
   * Sets when an order's next step is due; it keeps its place if it had a step.
   *
   * @param step the order's step
   * @param due the moment
   */
  void set(S step, Instant due) {
    if (step.version < 0) {
      step.place = places++;
    }
    step.dueNanos = nanos(due);
    step.version = ++versions;
    byMinute
        .computeIfAbsent(Math.floorDiv(due.getEpochSecond(), 60), m -> new ArrayList<>())
        .add(new Setting(step.dueNanos, step.version, step));
  }

  /**
   * Removes an order's step, if it has one.
   *
   * @param step the order's step
   */
  void remove(S step) {
    step.version = -1;
  }

  /**
   * The orders whose steps are due by a moment, in their places.
   *
   * @param until the moment
   * @return their steps
   */
  @SuppressWarnings("unchecked")
  List<S> dueBy(Instant until) {
    List<Step> due = new ArrayList<>();
    long last = Math.floorDiv(until.getEpochSecond(), 60);
    long untilNanos = nanos(until);
    Map.Entry<Long, List<Setting>> bucket;
    while ((bucket = byMinute.firstEntry()) != null && bucket.getKey() <= last) {
      List<Setting> later = new ArrayList<>();
      for (Setting setting : bucket.getValue()) {
        if (setting.version() != setting.step().version) {
          continue;
        }
        if (setting.dueNanos() > untilNanos) {
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
    List<S> steps = new ArrayList<>(due.size());
    due.forEach(s -> steps.add((S) s));
    return steps;
  }

  private static long nanos(Instant t) {
    return Math.addExact(Math.multiplyExact(t.getEpochSecond(), NANOS), t.getNano());
  }
}
