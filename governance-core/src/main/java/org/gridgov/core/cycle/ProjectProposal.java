package org.gridgov.core.cycle;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.gridgov.core.common.Checks;
import org.gridgov.core.common.ValueRefusedException;
import org.gridgov.core.lists.DemandId;
import org.gridgov.core.lists.ProjectId;
import org.gridgov.core.lists.Urgency;
import org.gridgov.core.organisation.Area;
import org.gridgov.core.territory.CommunityCode;
import org.gridgov.core.workorder.EscalationLevel;

/**
 * A proposal for the governance project list (治理项目清单), made by the proposal rules: the demands of
 * one compound or grid and one kind, the resources matched to them, and, when the community cannot
 * resource it, the level it is referred up to.
 *
 * @param id the project's id
 * @param place the compound's grid, or the grid, the demands were raised in
 * @param kind the kind of project
 * @param title a title for the list and the minutes
 * @param demands the demands it covers, one or more, each once
 * @param need the funds, hours and materials its demands need together
 * @param uses the resources matched to it, each once
 * @param referredTo the street or district it is referred to, if the community cannot resource it
 * @param urgency the highest urgency among its demands
 * @param residentsAffected the residents its demands concern together
 * @param rules the rules that grouped, matched and referred it, in the order they applied
 */
public record ProjectProposal(
    ProjectId id,
    Area place,
    ProjectKind kind,
    String title,
    List<DemandId> demands,
    Capacity need,
    List<ResourceUse> uses,
    Optional<EscalationLevel> referredTo,
    Urgency urgency,
    int residentsAffected,
    List<String> rules) {

  /** Checks the fields and that they fit together. */
  public ProjectProposal {
    Objects.requireNonNull(id, "a project proposal needs an id");
    Objects.requireNonNull(place, "proposal " + id + " is of a grid or community");
    Objects.requireNonNull(kind, "proposal " + id + " has a project kind");
    Checks.text(title, Checks.term("proposal.title", id));
    demands = List.copyOf(demands);
    Objects.requireNonNull(need, "proposal " + id + " has a need, maybe NONE");
    uses = List.copyOf(uses);
    Objects.requireNonNull(referredTo, "referredTo is Optional.empty() when absent");
    Objects.requireNonNull(urgency, "proposal " + id + " has an urgency");
    rules = List.copyOf(rules);
    if (demands.isEmpty()) {
      throw ValueRefusedException.of("refused.ProjectProposal.proposalCoversDemandMore", id);
    }
    if (new HashSet<>(demands).size() != demands.size()) {
      throw ValueRefusedException.of("refused.ProjectProposal.proposalCoversEachDemand", id);
    }
    Set<Object> seen = new HashSet<>();
    for (ResourceUse use : uses) {
      if (!seen.add(use.resource())) {
        throw ValueRefusedException.of(
            "refused.ProjectProposal.proposalUsesResourceOnce", id, use.resource());
      }
    }
    referredTo.ifPresent(
        level -> {
          if (!level.isAbove(EscalationLevel.COMMUNITY) || level == EscalationLevel.JOINT_MEETING) {
            throw ValueRefusedException.of(
                "refused.ProjectProposal.proposalReferredUpStreet", id, level);
          }
        });
    if (residentsAffected < 1) {
      throw ValueRefusedException.of(
          "refused.ProjectProposal.proposalConcernsResidentMore", id, residentsAffected);
    }
    if (rules.isEmpty()) {
      throw ValueRefusedException.of("refused.ProjectProposal.proposalNamesRulesThat", id);
    }
  }

  /**
   * The community that runs the project.
   *
   * @return the community of its place
   */
  public CommunityCode community() {
    return place.community();
  }

  /**
   * What the matched resources give together.
   *
   * @return the sum of the uses
   */
  public Capacity matched() {
    Capacity sum = Capacity.NONE;
    for (ResourceUse use : uses) {
      sum = sum.plus(use.amount());
    }
    return sum;
  }

  /**
   * Whether the matched resources meet the whole need.
   *
   * @return true if nothing falls short
   */
  public boolean resourced() {
    return matched().covers(need);
  }
}
