package org.gridgov.rules.decision;

import java.util.Objects;
import org.gridgov.core.evaluation.Kpi;

/**
 * The weight of one KPI in the grid score, as the weights table defines it.
 *
 * @param kpi the measure
 * @param weight its weight, 0 to 100; weights are relative, they need not add up to 100
 * @param zeroAtHours for {@link Kpi#MEAN_RESPONSE_TIME}, the mean response time in hours that
 *     scores nothing (an immediate response scores full marks, linearly in between); more than 0
 *     for that KPI, ignored for the rates
 * @param rule the rule (table row) that defines it
 */
public record ScoreWeight(Kpi kpi, int weight, int zeroAtHours, String rule) implements Decision {

  /** Checks the fields. */
  public ScoreWeight {
    Objects.requireNonNull(kpi, "a score weight names its KPI");
    Objects.requireNonNull(rule, "a score weight names its rule");
    if (weight < 0 || weight > 100) {
      throw new IllegalArgumentException(
          "the weight of " + kpi + " is between 0 and 100, got " + weight);
    }
    if (kpi == Kpi.MEAN_RESPONSE_TIME && zeroAtHours <= 0) {
      throw new IllegalArgumentException(
          "the response time scores zero after more than 0 hours, got " + zeroAtHours);
    }
  }
}
