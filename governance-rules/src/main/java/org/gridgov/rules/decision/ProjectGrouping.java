package org.gridgov.rules.decision;

import java.util.Objects;
import org.gridgov.core.lists.DemandId;

/**
 * How a demand is grouped into a project: with the demands of the same kind in its compound, or in
 * its grid.
 *
 * @param demand the demand
 * @param by compound or grid
 * @param rule the rule (table row) that decided
 */
public record ProjectGrouping(DemandId demand, GroupBy by, String rule) implements Decision {

  /** Checks the fields. */
  public ProjectGrouping {
    Objects.requireNonNull(demand, "a grouping names its demand");
    Objects.requireNonNull(by, "the grouping of " + demand + " says compound or grid");
    Objects.requireNonNull(rule, "the grouping of " + demand + " names its rule");
  }
}
