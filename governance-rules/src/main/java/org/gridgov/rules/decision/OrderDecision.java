package org.gridgov.rules.decision;

import org.gridgov.core.workorder.WorkOrderId;

/** A decision about one work order, such as those of an escalation sweep. */
public interface OrderDecision extends Decision {

  /**
   * The order the decision is about.
   *
   * @return the order's id
   */
  WorkOrderId order();
}
