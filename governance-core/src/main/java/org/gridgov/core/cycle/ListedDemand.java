package org.gridgov.core.cycle;

import java.util.Objects;
import java.util.Optional;
import org.gridgov.core.common.ValueRefusedException;
import org.gridgov.core.lists.DemandId;
import org.gridgov.core.lists.DemandItem;
import org.gridgov.core.people.Skill;
import org.gridgov.core.territory.CommunityCode;

/**
 * A demand as the grid sorted it onto the demand list (梳理需求清单): the demand, the kind of project it
 * would make, what meeting it needs, and how many residents it concerns. The track rules read it to
 * decide whether it is settled at once or goes to the project list.
 *
 * @param demand the demand
 * @param kind the kind of project it would make, which also groups it with others
 * @param need the funds, hours and materials it needs; {@link Capacity#NONE} for a small matter
 * @param skill the skill it needs, if any
 * @param residentsAffected how many residents it concerns, 1 or more
 * @param subjectsNeeded how many responsible subjects must act together, 1 or more
 * @param outsideResources whether it needs resources from outside the grid and community
 */
public record ListedDemand(
    DemandItem demand,
    ProjectKind kind,
    Capacity need,
    Optional<Skill> skill,
    int residentsAffected,
    int subjectsNeeded,
    boolean outsideResources) {

  /** Checks the fields. */
  public ListedDemand {
    Objects.requireNonNull(demand, "a listed demand names its demand");
    Objects.requireNonNull(kind, "listed demand " + demand.id() + " has a project kind");
    Objects.requireNonNull(need, "listed demand " + demand.id() + " has a need, maybe NONE");
    Objects.requireNonNull(skill, "skill is Optional.empty() when absent");
    if (residentsAffected < 1) {
      throw ValueRefusedException.of(
          "refused.ListedDemand.listedDemandConcernsResident", demand.id(), residentsAffected);
    }
    if (subjectsNeeded < 1) {
      throw ValueRefusedException.of(
          "refused.ListedDemand.listedDemandNeedsResponsible", demand.id(), subjectsNeeded);
    }
  }

  /**
   * A small matter: one subject, no funds, hours or materials, nothing from outside.
   *
   * @param demand the demand
   * @param kind its project kind
   * @return the listed demand
   */
  public static ListedDemand small(DemandItem demand, ProjectKind kind) {
    return new ListedDemand(demand, kind, Capacity.NONE, Optional.empty(), 1, 1, false);
  }

  /**
   * The demand's id.
   *
   * @return the id
   */
  public DemandId id() {
    return demand.id();
  }

  /**
   * The community of the demand's grid.
   *
   * @return the community
   */
  public CommunityCode community() {
    return demand.community();
  }
}
