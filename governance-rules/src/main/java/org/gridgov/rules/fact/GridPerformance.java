package org.gridgov.rules.fact;

import java.util.Objects;
import org.gridgov.core.calendar.YearQuarter;
import org.gridgov.core.territory.CommunityCode;
import org.gridgov.core.territory.GridCode;

/**
 * How a grid performed in a quarter, flat for the weak-grid rules: its score on the orders due,
 * where the score stands in the district this quarter and the one before, and how far it fell.
 *
 * @param grid the grid
 * @param community the grid's community
 * @param quarter the quarter
 * @param scored whether the grid is judged on its own and has a score: false when too few orders
 *     fell due (the minimum-volume table), or none of the weighted figures could be computed
 * @param score the grid score, 0 to 100; 0 when not scored
 * @param decile the score's decile among the scored grids of the district, 1 (lowest) to 10; 0 when
 *     not scored
 * @param bottomDecile whether the grid is in the district's bottom decile this quarter
 * @param bottomDecileLastQuarter whether it was in the bottom decile the quarter before
 * @param dueOrders the orders it is judged on: due in the quarter, or in two quarters when pooled
 * @param fall how many points the score fell since the quarter before: the score then less the
 *     score now; 0 when either quarter has no score, negative when it rose
 * @param evidence what a weak-grid finding on this grid rests on
 */
public record GridPerformance(
    GridCode grid,
    CommunityCode community,
    YearQuarter quarter,
    boolean scored,
    double score,
    int decile,
    boolean bottomDecile,
    boolean bottomDecileLastQuarter,
    int dueOrders,
    double fall,
    WeakGridEvidence evidence) {

  /** Checks the fields. */
  public GridPerformance {
    Objects.requireNonNull(grid, "a grid performance needs the grid");
    Objects.requireNonNull(community, "a grid performance needs the community");
    Objects.requireNonNull(quarter, "a grid performance needs the quarter");
    Objects.requireNonNull(evidence, "a grid performance needs its evidence");
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
    if (dueOrders < 0) {
      throw new IllegalArgumentException("due orders are zero or more, got " + dueOrders);
    }
    if (scored && dueOrders == 0) {
      throw new IllegalArgumentException("a grid with no due orders has no score, got " + score);
    }
    if (!(fall >= -100 && fall <= 100)) {
      throw new IllegalArgumentException("a score falls by -100 to 100 points, got " + fall);
    }
  }
}
