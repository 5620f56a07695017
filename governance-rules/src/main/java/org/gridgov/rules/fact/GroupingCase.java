package org.gridgov.rules.fact;

import java.util.Objects;
import org.gridgov.core.cycle.ProjectKind;
import org.gridgov.core.lists.DemandId;

/**
 * A demand waiting to be grouped into a project, as the grouping rules see it.
 *
 * @param demand the demand
 * @param kind the kind of project it would make
 * @param inCompound whether it names a compound
 */
public record GroupingCase(DemandId demand, ProjectKind kind, boolean inCompound) {

  /** Checks the fields. */
  public GroupingCase {
    Objects.requireNonNull(demand, "a grouping case names its demand");
    Objects.requireNonNull(kind, "the grouping case of " + demand + " has a project kind");
  }
}
