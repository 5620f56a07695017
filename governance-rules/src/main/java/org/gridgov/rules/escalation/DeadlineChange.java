package org.gridgov.rules.escalation;

import java.time.Instant;
import java.util.Objects;
import org.gridgov.core.workorder.Deadlines;
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
}
