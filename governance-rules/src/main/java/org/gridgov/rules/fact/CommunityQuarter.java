package org.gridgov.rules.fact;

import java.util.Objects;
import org.gridgov.core.calendar.YearQuarter;
import org.gridgov.core.territory.CommunityCode;

/**
 * What a community did in a quarter that the compliance rules look at.
 *
 * <p>The lists are refreshed in a quarter when {@code demandsRaised + projectsUpdated > 0}.
 *
 * @param community the community
 * @param quarter the quarter
 * @param jointMeetingHeld whether its joint meeting (联席会议) of the quarter was held
 * @param demandsRaised demand-list items raised in the community's grids on a day of the quarter
 * @param projectsUpdated project-list items of the community updated in the quarter: on the agenda
 *     of its joint meeting of the quarter, or dispatched as a work order formed in the quarter,
 *     each project counted once
 */
public record CommunityQuarter(
    CommunityCode community,
    YearQuarter quarter,
    boolean jointMeetingHeld,
    int demandsRaised,
    int projectsUpdated) {

  /** Checks the fields. */
  public CommunityQuarter {
    Objects.requireNonNull(community, "a community quarter needs the community");
    Objects.requireNonNull(quarter, "a community quarter needs the quarter");
    if (demandsRaised < 0 || projectsUpdated < 0) {
      throw new IllegalArgumentException(
          "counts are zero or more, got " + demandsRaised + " and " + projectsUpdated);
    }
  }

  /**
   * Whether at least one demand or project item was added or updated in the quarter.
   *
   * @return true if the lists were refreshed
   */
  public boolean listsRefreshed() {
    return demandsRaised + projectsUpdated > 0;
  }
}
