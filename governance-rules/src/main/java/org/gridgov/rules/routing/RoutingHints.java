package org.gridgov.rules.routing;

import java.util.Objects;
import java.util.Optional;
import org.gridgov.rules.fact.Scope;

/**
 * What the host knows of an order beyond the order itself. Without hints, the scope is read from
 * the order's demand (the grids and communities it spans) and the order is taken to be within the
 * community's resources.
 *
 * @param scope how far the issue reaches, if the host knows better than the demand
 * @param beyondCommunityResources whether the community cannot settle it with its own resources
 */
public record RoutingHints(Optional<Scope> scope, boolean beyondCommunityResources) {

  /** No hints. */
  public static final RoutingHints NONE = new RoutingHints(Optional.empty(), false);

  /** Checks the fields. */
  public RoutingHints {
    Objects.requireNonNull(scope, "scope is Optional.empty() when unknown");
  }

  /**
   * Hints for a project the community cannot carry alone.
   *
   * @return hints with {@code beyondCommunityResources} set
   */
  public static RoutingHints beyondResources() {
    return new RoutingHints(Optional.empty(), true);
  }

  /**
   * Hints with a known scope.
   *
   * @param scope the scope
   * @return the hints
   */
  public static RoutingHints scope(Scope scope) {
    return new RoutingHints(Optional.of(scope), false);
  }
}
