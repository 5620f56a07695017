package org.gridgov.rules.evaluation;

import java.util.Objects;
import java.util.OptionalDouble;
import org.gridgov.core.evaluation.KpiFigures;
import org.gridgov.core.territory.GridCode;

/**
 * A grid's KPI figures and score in a quarter, and where the score stands in the district.
 *
 * @param grid the grid
 * @param figures its KPI figures, from the ledger of the orders formed in the quarter
 * @param score its score, 0 to 100 (see {@link Evaluation#score}); empty when no weighted figure
 *     could be computed
 * @param decile the decile of the score among the scored grids of the district: {@code 1 + floor(10
 *     * below / scored)}, where {@code below} is the number of scored grids with a lower score; 1
 *     is the lowest, 10 the highest; 0 when the grid has no score
 * @param bottomDecile whether the grid is in the bottom decile: decile 1, in a district where some
 *     scored grid has a higher score (when every grid has the same score, none is at the bottom)
 */
public record GridScore(
    GridCode grid, KpiFigures figures, OptionalDouble score, int decile, boolean bottomDecile) {

  /** Checks the fields. */
  public GridScore {
    Objects.requireNonNull(grid, "a grid score names the grid");
    Objects.requireNonNull(figures, "a grid score has the figures");
    Objects.requireNonNull(score, "the score is OptionalDouble.empty() when there is none");
    if (score.isPresent() != (decile > 0) || decile < 0 || decile > 10) {
      throw new IllegalArgumentException(
          "a scored grid has a decile from 1 to 10 and an unscored one 0, got " + decile);
    }
    if (bottomDecile && decile != 1) {
      throw new IllegalArgumentException("the bottom decile is decile 1, got " + decile);
    }
  }
}
