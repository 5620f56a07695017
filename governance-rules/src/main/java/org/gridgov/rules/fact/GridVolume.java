package org.gridgov.rules.fact;

import java.util.Objects;
import org.gridgov.core.calendar.YearQuarter;
import org.gridgov.core.territory.CommunityCode;
import org.gridgov.core.territory.GridCode;

/**
 * How many of a grid's orders fell due, for the minimum-volume table that decides on what the grid
 * is judged.
 *
 * @param grid the grid
 * @param community its community
 * @param quarter the quarter
 * @param dueThisQuarter its orders whose resolve-by deadline fell in the quarter
 * @param dueTwoQuarters those and the ones that fell due the quarter before
 * @param dueInCommunity the orders of every grid of its community that fell due in the quarter
 */
public record GridVolume(
    GridCode grid,
    CommunityCode community,
    YearQuarter quarter,
    int dueThisQuarter,
    int dueTwoQuarters,
    int dueInCommunity) {

  /** Checks the fields. */
  public GridVolume {
    Objects.requireNonNull(grid, "a grid volume needs the grid");
    Objects.requireNonNull(community, "a grid volume needs the community");
    Objects.requireNonNull(quarter, "a grid volume needs the quarter");
    if (dueThisQuarter < 0 || dueTwoQuarters < dueThisQuarter || dueInCommunity < dueThisQuarter) {
      throw new IllegalArgumentException(
          "a grid's due orders are among those of two quarters and of its community, got "
              + dueThisQuarter
              + ", "
              + dueTwoQuarters
              + " and "
              + dueInCommunity);
    }
  }
}
