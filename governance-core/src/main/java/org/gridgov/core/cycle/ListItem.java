package org.gridgov.core.cycle;

import java.util.Objects;
import java.util.Optional;
import org.gridgov.core.calendar.YearQuarter;
import org.gridgov.core.lists.ProjectId;

/**
 * An item of the demand list as the ledger holds it.
 *
 * @param demand the demand as sorted
 * @param track its track
 * @param trackRule the rule that chose the track
 * @param formedIn the quarter it was formed in
 * @param state where it is in the cycle
 * @param project the project that covers it, if any
 */
public record ListItem(
    ListedDemand demand,
    Track track,
    String trackRule,
    YearQuarter formedIn,
    ItemState state,
    Optional<ProjectId> project) {

  /** Checks the fields. */
  public ListItem {
    Objects.requireNonNull(demand, "a list item names its demand");
    Objects.requireNonNull(track, "item " + demand.id() + " has a track");
    Objects.requireNonNull(trackRule, "item " + demand.id() + " names its track rule");
    Objects.requireNonNull(formedIn, "item " + demand.id() + " has a quarter");
    Objects.requireNonNull(state, "item " + demand.id() + " has a state");
    Objects.requireNonNull(project, "project is Optional.empty() when absent");
  }

  ListItem in(ItemState to) {
    return new ListItem(demand, track, trackRule, formedIn, to, project);
  }

  ListItem covered(ProjectId by) {
    return new ListItem(demand, track, trackRule, formedIn, state, Optional.of(by));
  }
}
