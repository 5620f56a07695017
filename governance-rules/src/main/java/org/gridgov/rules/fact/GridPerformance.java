package org.gridgov.rules.fact;

import java.util.Objects;
import org.gridgov.core.calendar.YearQuarter;
import org.gridgov.core.territory.CommunityCode;
import org.gridgov.core.territory.GridCode;

/**
 * How a grid performed in a quarter, flat for the weak-grid rules: its score and where the score
 * stands in the district, this quarter and the one before.
 *
 * @param grid the grid
 * @param community the grid's community
 * @param quarter the quarter
 * @param scored whether the grid has a score: false when none of the weighted figures could be
 *     computed (no orders, nothing closed, nothing rated)
 * @param score the grid score, 0 to 100; 0 when not scored
 * @param decile the score's decile among the scored grids of the district, 1 (lowest) to 10; 0 when
 *     not scored
 * @param bottomDecile whether the grid is in the district's bottom decile this quarter
 * @param bottomDecileLastQuarter whether it was in the bottom decile the quarter before
 */
public record GridPerformance(
    GridCode grid,
    CommunityCode community,
    YearQuarter quarter,
    boolean scored,
    double score,
    int decile,
    boolean bottomDecile,
    boolean bottomDecileLastQuarter) {

  /** Checks the fields. */
  public GridPerformance {
    Objects.requireNonNull(grid, "a grid performance needs the grid");
    Objects.requireNonNull(community, "a grid performance needs the community");
    Objects.requireNonNull(quarter, "a grid performance needs the quarter");
    if (!grid.community().equals(community)) {
      throw new IllegalArgumentException(
          "grid " + grid + " belongs to community " + grid.community() + ", got " + community);
    }
    if (!(score >= 0 && score <= 100)) {
      throw new IllegalArgumentException("a grid score is between 0 and 100, got " + score);
    }
    if (decile < 0 || decile > 10 || scored != (decile > 0)) {
      throw new IllegalArgumentException(
          "a scored grid has a decile from 1 to 10 and an unscored one 0, got " + decile);
    }
    if (bottomDecile && decile != 1) {
      throw new IllegalArgumentException("the bottom decile is decile 1, got " + decile);
    }
  }
}
