package org.gridgov.rules.escalation;

import java.time.Instant;
import java.util.Objects;
import org.gridgov.core.workorder.Actor;
import org.gridgov.core.workorder.Deadlines;
import org.gridgov.core.workorder.Transition;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.core.workorder.WorkOrderId;

/**
 * How the deadlines of an open order change when they are counted again on the engine's current
 * calendar, as after next year's official schedule was loaded in place of provisional days.
 *
 * @param order the order
 * @param dispatchedAt when it was dispatched, the start the deadlines count from
 * @param before the deadlines it carries, provisional
 * @param after the deadlines counted now; not provisional once the days they cross are official
 */
public record DeadlineChange(
    WorkOrderId order, Instant dispatchedAt, Deadlines before, Deadlines after) {

  /** Checks that all are given and that something changes. */
  public DeadlineChange {
    Objects.requireNonNull(order, "a deadline change names its order");
    Objects.requireNonNull(dispatchedAt, "a deadline change names the dispatch it counts from");
    Objects.requireNonNull(before, "a deadline change has the deadlines before");
    Objects.requireNonNull(after, "a deadline change has the deadlines after");
    if (before.equals(after)) {
      throw new IllegalArgumentException(
          "a deadline change changes the deadlines of " + order + ", got " + before + " twice");
    }
  }

  /**
   * Whether the instants move, rather than only the provisional mark.
   *
   * @return true if the accept-by or resolve-by instant differs
   */
  public boolean moves() {
    return !before.acceptBy().equals(after.acceptBy())
        || !before.resolveBy().equals(after.resolveBy());
  }

  /**
   * Applies this change to its order through {@link WorkOrder#reviseDeadlines}, whose event records
   * the deadlines before and after and why.
   *
   * @param order the order this change was counted for, still carrying the deadlines before
   * @param by who applies the change
   * @param at when
   * @param why why the deadlines change, such as {@code "official 2027 schedule loaded"}
   * @return the order with the new deadlines, or the refusal if its deadlines no longer run
   * @throws IllegalArgumentException if the order is another one or its deadlines are no longer
   *     those this change was counted from
   */
  public Transition applyTo(WorkOrder order, Actor by, Instant at, String why) {
    Objects.requireNonNull(order, "order");
    if (!order.id().equals(this.order)) {
      throw new IllegalArgumentException(
          "a deadline change of " + this.order + " applies to that order, got " + order.id());
    }
    if (!order.deadlines().equals(before)) {
      throw new IllegalArgumentException(
          "the deadlines of "
              + this.order
              + " are no longer "
              + before
              + " that this change was counted from, but "
              + order.deadlines()
              + ": count them again");
    }
    return order.reviseDeadlines(after, by, at, why);
  }
}
