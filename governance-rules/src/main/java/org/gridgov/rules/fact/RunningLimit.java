package org.gridgov.rules.fact;

import java.time.Instant;
import java.util.Objects;

/**
 * A time limit of an open work order that is running at the sweep's instant, with the share of it
 * that has elapsed in working time. The escalation sweep computes it from the order's history and
 * deadlines:
 *
 * <ul>
 *   <li>the accept limit runs while the order is DISPATCHED, from the last dispatch to the order's
 *       accept-by deadline;
 *   <li>the resolve limit runs while the order is DISPATCHED, ACCEPTED, IN_PROGRESS or REOPENED,
 *       from the last dispatch to the order's resolve-by deadline;
 *   <li>an escalation after the dispatch restarts both limits at the new level, and a reopening (an
 *       unsatisfied rating) restarts the resolve limit: the limit runs again from that event, with
 *       the same working time as it had from the dispatch;
 *   <li>a suspended order, an order without deadlines and an order not dispatched have no running
 *       limit.
 * </ul>
 *
 * @param orderId the work order's id
 * @param limit which limit
 * @param start when it started: the dispatch, or the escalation or reopening that restarted it
 * @param deadline when it falls due
 * @param elapsedShare the share elapsed at the sweep's instant, in working time: 0 at the start, 1
 *     at the deadline, more after it
 * @param lastReminderShare the share that had elapsed when the order was last reminded (催办) since
 *     the start; 0 if it was not reminded since
 */
public record RunningLimit(
    String orderId,
    LimitKind limit,
    Instant start,
    Instant deadline,
    double elapsedShare,
    double lastReminderShare) {

  /** Checks the fields. */
  public RunningLimit {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(limit, "limit");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(deadline, "deadline");
    if (!(elapsedShare >= 0) || !(lastReminderShare >= 0)) {
      throw new IllegalArgumentException(
          "an elapsed share is 0 or more, got " + elapsedShare + " and " + lastReminderShare);
    }
  }
}
