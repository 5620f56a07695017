package org.gridgov.rules.routing;

import java.util.List;
import java.util.Objects;
import org.gridgov.core.workorder.ResponsibleSubject;
import org.gridgov.core.workorder.WorkOrderId;
import org.gridgov.rules.decision.Decision;

/**
 * Who is responsible for an order, and why.
 *
 * @param order the order
 * @param responsible the one responsible subject
 * @param informed whom else to inform, possibly nobody
 * @param immediate whether the subject acts at once
 * @param rule the rule whose proposal won
 * @param considered every rule that proposed a target for the order: the winner first (its outcome
 *     {@link ConsideredRule.Outcome#CHOSEN}), then the rules of higher priority whose target the
 *     district has no subject for ({@link ConsideredRule.Outcome#NO_SUBJECT}), then the outranked
 *     ones ({@link ConsideredRule.Outcome#OUTRANKED}), each with its target and priority
 */
public record RoutingDecision(
    WorkOrderId order,
    ResponsibleSubject responsible,
    List<ResponsibleSubject> informed,
    boolean immediate,
    String rule,
    List<ConsideredRule> considered)
    implements Decision {

  /** Checks the fields and copies the lists. */
  public RoutingDecision {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(responsible, "responsible");
    informed = List.copyOf(informed);
    Objects.requireNonNull(rule, "rule");
    considered = List.copyOf(considered);
  }
}
