package org.gridgov.rules.decision;

import java.time.Instant;
import java.util.Objects;
import org.gridgov.core.workorder.WorkOrderId;
import org.gridgov.rules.fact.LimitKind;
import org.gridgov.rules.fact.RunningLimit;

/**
 * 催办: remind the assignee of an order that a time limit is running out.
 *
 * @param order the order
 * @param limit the limit running out
 * @param deadline when it falls due
 * @param elapsedShare the share of it elapsed
 * @param rule the rule that decided
 */
public record Reminder(
    WorkOrderId order, LimitKind limit, Instant deadline, double elapsedShare, String rule)
    implements OrderDecision {

  /** Checks the fields. */
  public Reminder {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(limit, "limit");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(rule, "rule");
  }

  /**
   * A reminder of a running limit.
   *
   * @param limit the limit
   * @param rule the rule that decided
   * @return the reminder
   */
  public static Reminder of(RunningLimit limit, String rule) {
    return new Reminder(
        WorkOrderId.of(limit.orderId()),
        limit.limit(),
        limit.deadline(),
        limit.elapsedShare(),
        rule);
  }
}
