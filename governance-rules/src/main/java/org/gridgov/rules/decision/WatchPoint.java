package org.gridgov.rules.decision;

import java.util.Objects;

/**
 * A share of a time limit at which the sweep rules may change their minds about an order, such as
 * 0.8 (remind, turn yellow) or 1.0 (escalate, turn red). The catalogue lists them so that an {@link
 * org.gridgov.rules.escalation.EscalationWatch} can leave an order alone between them: between two
 * watch points and without a change to the order, the sweep rules decide the same. An integrator
 * who adds a sweep rule with another threshold adds its watch point with it.
 *
 * @param share the share of a time limit, 0 or more
 * @param rule the catalogue rule that declared it
 */
public record WatchPoint(double share, String rule) implements Decision {

  /** Checks the fields. */
  public WatchPoint {
    if (!(share >= 0) || Double.isInfinite(share)) {
      throw new IllegalArgumentException("a watch point is a share of 0 or more, got " + share);
    }
    Objects.requireNonNull(rule, "rule");
  }
}
