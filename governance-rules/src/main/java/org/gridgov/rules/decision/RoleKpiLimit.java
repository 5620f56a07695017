package org.gridgov.rules.decision;

import java.util.Objects;

/**
 * A limit of the role KPIs, as the role-KPI table defines it.
 *
 * @param dispatchWithinMinutes the minutes after an order is reported, or returned, within which
 *     dispatching it is on time (按时派遣); more than 0
 * @param rule the rule (table row) that defines it
 */
public record RoleKpiLimit(int dispatchWithinMinutes, String rule) implements Decision {

  /** Checks the fields. */
  public RoleKpiLimit {
    Objects.requireNonNull(rule, "a role KPI limit names its rule");
    if (dispatchWithinMinutes <= 0) {
      throw new IllegalArgumentException(
          "a dispatch is on time within more than 0 minutes, got " + dispatchWithinMinutes);
    }
  }
}
