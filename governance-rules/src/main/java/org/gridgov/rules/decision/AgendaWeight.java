package org.gridgov.rules.decision;

import java.util.Objects;

/**
 * The weight of one factor of the agenda score: {@code score = Σ weight × factor value}, the agenda
 * ordered by score, highest first.
 *
 * @param factor the factor
 * @param weight its weight, finite
 * @param rule the rule (table row) that decided
 */
public record AgendaWeight(AgendaFactor factor, double weight, String rule) implements Decision {

  /** Checks the fields. */
  public AgendaWeight {
    Objects.requireNonNull(factor, "an agenda weight names its factor");
    if (!Double.isFinite(weight)) {
      throw new IllegalArgumentException("the weight of " + factor + " is finite, got " + weight);
    }
    Objects.requireNonNull(rule, "the weight of " + factor + " names its rule");
  }
}
