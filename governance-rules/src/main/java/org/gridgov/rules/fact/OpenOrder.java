package org.gridgov.rules.fact;

import java.util.Objects;
import org.gridgov.core.workorder.EscalationLevel;
import org.gridgov.core.workorder.WorkOrderStatus;

/**
 * An open work order as the escalation rules see it: flat, with the counts they test. Its running
 * limits are {@link RunningLimit} facts with the same order id.
 *
 * @param orderId the work order's id
 * @param categoryCode its category's code
 * @param urgency the name of its urgency
 * @param status its status, never CLOSED or CANCELLED
 * @param level how far up it has been escalated
 * @param supervised whether it is already under supervision (督办)
 * @param breachEscalations how many times the system escalated it, as the escalation rules do when
 *     a time limit is breached; escalations by people are not counted
 * @param unsatisfiedRatings how many unsatisfied ratings it has had
 * @param mostAdvancedShare the largest elapsed share of its running limits; 0 if none is running
 */
public record OpenOrder(
    String orderId,
    String categoryCode,
    String urgency,
    WorkOrderStatus status,
    EscalationLevel level,
    boolean supervised,
    int breachEscalations,
    int unsatisfiedRatings,
    double mostAdvancedShare) {

  /** Checks the fields. */
  public OpenOrder {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(categoryCode, "categoryCode");
    Objects.requireNonNull(urgency, "urgency");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(level, "level");
    if (!status.isOpen()) {
      throw new IllegalArgumentException("an open order is open, got " + status);
    }
  }
}
