package org.gridgov.rules.decision;

import java.util.Objects;
import org.gridgov.core.cycle.ProviderKind;

/**
 * When a kind of provider is asked for resources as projects are matched: lower ranks first (the
 * paired unit, by default), then, within a rank, resources with the needed skill and the most
 * capacity left.
 *
 * @param provider the kind of provider
 * @param rank 1 or more; 1 is asked first
 * @param rule the rule (table row) that decided
 */
public record ProviderOrder(ProviderKind provider, int rank, String rule) implements Decision {

  /** Checks the fields. */
  public ProviderOrder {
    Objects.requireNonNull(provider, "a provider order names the provider kind");
    if (rank < 1) {
      throw new IllegalArgumentException(provider + " is asked at rank 1 or later, got " + rank);
    }
    Objects.requireNonNull(rule, "the provider order of " + provider + " names its rule");
  }
}
