package org.gridgov.core.cycle;

import java.util.Objects;
import java.util.Optional;
import org.gridgov.core.common.ValueRefusedException;
import org.gridgov.core.lists.ProjectId;
import org.gridgov.core.workorder.EscalationLevel;

/**
 * A project of the project list as the ledger holds it.
 *
 * @param proposal what was proposed
 * @param state where it is in the cycle, the state of each of its items
 * @param dispatch its latest dispatch, if it was dispatched
 * @param level who supervises it on the escalation ladder: where its subject works, raised by
 *     supervision when it is late
 * @param quartersCarried how many quarter ends it was carried over
 * @param unsatisfiedRatings how many times residents rated it not satisfied
 * @param progress the latest reported progress, 0 to 100
 */
public record CycleProject(
    ProjectProposal proposal,
    ItemState state,
    Optional<ProjectDispatch> dispatch,
    EscalationLevel level,
    int quartersCarried,
    int unsatisfiedRatings,
    int progress) {

  /** Checks the fields. */
  public CycleProject {
    Objects.requireNonNull(proposal, "a project has its proposal");
    Objects.requireNonNull(state, "project " + proposal.id() + " has a state");
    Objects.requireNonNull(dispatch, "dispatch is Optional.empty() when absent");
    Objects.requireNonNull(level, "project " + proposal.id() + " has a supervision level");
    if (quartersCarried < 0 || unsatisfiedRatings < 0 || progress < 0 || progress > 100) {
      throw ValueRefusedException.of(
          "refused.CycleProject.projectCountsQuartersRatings", proposal.id());
    }
  }

  /**
   * The project's id.
   *
   * @return the id
   */
  public ProjectId id() {
    return proposal.id();
  }

  CycleProject in(ItemState to) {
    return new CycleProject(
        proposal, to, dispatch, level, quartersCarried, unsatisfiedRatings, progress);
  }

  CycleProject dispatched(ProjectDispatch d, EscalationLevel at) {
    return new CycleProject(
        proposal, ItemState.DISPATCHED, Optional.of(d), at, quartersCarried, unsatisfiedRatings, 0);
  }

  CycleProject supervisedAt(EscalationLevel to) {
    return new CycleProject(
        proposal, state, dispatch, to, quartersCarried, unsatisfiedRatings, progress);
  }

  CycleProject carried() {
    return new CycleProject(
        proposal,
        ItemState.CARRIED_OVER,
        dispatch,
        level,
        quartersCarried + 1,
        unsatisfiedRatings,
        progress);
  }

  CycleProject ratedUnsatisfied() {
    return new CycleProject(
        proposal,
        ItemState.RATED,
        dispatch,
        level,
        quartersCarried,
        unsatisfiedRatings + 1,
        progress);
  }

  CycleProject progressed(int percent) {
    return new CycleProject(
        proposal, state, dispatch, level, quartersCarried, unsatisfiedRatings, percent);
  }
}
