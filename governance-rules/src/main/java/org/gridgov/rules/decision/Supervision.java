package org.gridgov.rules.decision;

import java.util.Objects;
import org.gridgov.core.workorder.WorkOrderId;
import org.gridgov.rules.fact.OpenOrder;

/**
 * 督办: put an order under supervision.
 *
 * @param order the order
 * @param reason why, in a sentence
 * @param rule the rule that decided
 */
public record Supervision(WorkOrderId order, String reason, String rule) implements OrderDecision {

  /** Checks the fields. */
  public Supervision {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(rule, "rule");
  }

  /**
   * Supervision of an open order.
   *
   * @param order the order
   * @param reason why
   * @param rule the rule that decided
   * @return the supervision
   */
  public static Supervision of(OpenOrder order, String reason, String rule) {
    return new Supervision(WorkOrderId.of(order.orderId()), reason, rule);
  }
}
