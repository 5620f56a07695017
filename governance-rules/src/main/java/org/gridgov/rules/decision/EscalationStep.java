package org.gridgov.rules.decision;

import java.util.Objects;
import org.gridgov.core.workorder.EscalationLevel;
import org.gridgov.core.workorder.WorkOrderId;
import org.gridgov.rules.fact.LimitKind;
import org.gridgov.rules.fact.OpenOrder;
import org.gridgov.rules.fact.RunningLimit;

/**
 * 上报: escalate an order whose time limit is breached to a higher level.
 *
 * @param order the order
 * @param from its level now
 * @param to the level to escalate it to, above {@code from}
 * @param limit the limit breached
 * @param elapsedShare the share of it elapsed, more than 1
 * @param rule the rule that decided
 */
public record EscalationStep(
    WorkOrderId order,
    EscalationLevel from,
    EscalationLevel to,
    LimitKind limit,
    double elapsedShare,
    String rule)
    implements OrderDecision {

  /** Checks the fields. */
  public EscalationStep {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(limit, "limit");
    Objects.requireNonNull(rule, "rule");
    if (!to.isAbove(from)) {
      throw new IllegalArgumentException(
          "an escalation goes up, got " + from + " to " + to + " for order " + order);
    }
  }

  /**
   * An escalation one level up: GRID to COMMUNITY to STREET to DISTRICT to JOINT_MEETING.
   *
   * @param order the order, below the highest level
   * @param limit the limit breached
   * @param rule the rule that decided
   * @return the escalation
   * @throws IllegalArgumentException if the order is at the highest level already
   */
  public static EscalationStep oneLevelUp(OpenOrder order, RunningLimit limit, String rule) {
    EscalationLevel to =
        order
            .level()
            .next()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "order " + order.orderId() + " is at the highest level already"));
    return new EscalationStep(
        WorkOrderId.of(order.orderId()),
        order.level(),
        to,
        limit.limit(),
        limit.elapsedShare(),
        rule);
  }
}
