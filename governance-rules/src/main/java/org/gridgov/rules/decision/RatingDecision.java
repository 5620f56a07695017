package org.gridgov.rules.decision;

import java.util.Objects;
import org.gridgov.core.workorder.WorkOrderId;

/**
 * What a rating does to a work order, as the rating rules decide.
 *
 * @param order the order rated
 * @param outcome close, reopen, or reopen and supervise
 * @param rule the rule (table row) that decided
 */
public record RatingDecision(WorkOrderId order, RatingOutcome outcome, String rule)
    implements Decision {

  /** Checks the fields. */
  public RatingDecision {
    Objects.requireNonNull(order, "a rating decision names the order");
    Objects.requireNonNull(outcome, "a rating decision has an outcome");
    Objects.requireNonNull(rule, "a rating decision names its rule");
  }
}
