package org.gridgov.rules.escalation;

import java.util.List;
import org.gridgov.core.workorder.Refusal;
import org.gridgov.core.workorder.WorkOrder;

/**
 * The orders after a sweep's decisions were applied through their transitions.
 *
 * @param orders every order given, in the order given: changed where a decision applied, unchanged
 *     otherwise
 * @param refusals the decisions the orders refused, such as an escalation of an order cancelled
 *     since the sweep
 */
public record AppliedSweep(List<WorkOrder> orders, List<Refusal> refusals) {

  /** Copies the lists. */
  public AppliedSweep {
    orders = List.copyOf(orders);
    refusals = List.copyOf(refusals);
  }
}
