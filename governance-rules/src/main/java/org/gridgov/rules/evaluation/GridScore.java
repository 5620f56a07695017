package org.gridgov.rules.evaluation;

import java.util.Objects;
import java.util.OptionalDouble;
import org.gridgov.core.evaluation.KpiCounts;
import org.gridgov.core.evaluation.KpiFigures;
import org.gridgov.core.territory.GridCode;
import org.gridgov.rules.fact.JudgementBasis;

/**
 * A grid's due orders, KPI figures and score in a quarter, and where the score stands in the
 * district.
 *
 * @param grid the grid
 * @param due the KPI counts of its orders due in the quarter (see {@link Evaluation})
 * @param basis on what it is judged, as the minimum-volume table decided
 * @param judged the counts it is judged on: {@code due} for {@link JudgementBasis#QUARTER}, {@code
 *     due} and the quarter before's for {@link JudgementBasis#TWO_QUARTERS}, {@code due} otherwise
 * @param score its score, 0 to 100 (see {@link Evaluation#score}); empty when it is not judged on
 *     its own or no weighted figure could be computed
 * @param decile the decile of the score among the scored grids of the district: {@code 1 + floor(10
 *     * below / scored)}, where {@code below} is the number of scored grids with a lower score; 1
 *     is the lowest, 10 the highest; 0 when the grid has no score
 * @param bottomDecile whether the grid is in the bottom decile: decile 1, in a district where some
 *     scored grid has a higher score (when every grid has the same score, none is at the bottom)
 */
public record GridScore(
    GridCode grid,
    KpiCounts due,
    JudgementBasis basis,
    KpiCounts judged,
    OptionalDouble score,
    int decile,
    boolean bottomDecile) {

  /** Checks the fields. */
  public GridScore {
    Objects.requireNonNull(grid, "a grid score names the grid");
    Objects.requireNonNull(due, "a grid score has the due counts");
    Objects.requireNonNull(basis, "a grid score has its basis");
    Objects.requireNonNull(judged, "a grid score has the counts judged");
    Objects.requireNonNull(score, "the score is OptionalDouble.empty() when there is none");
    if (score.isPresent() && (!basis.judgesTheGrid() || due.due() == 0)) {
      throw new IllegalArgumentException(
          "only a grid judged on its own with orders due has a score, got "
              + basis
              + " with "
              + due.due()
              + " due");
    }
    if (score.isPresent() != (decile > 0) || decile < 0 || decile > 10) {
      throw new IllegalArgumentException(
          "a scored grid has a decile from 1 to 10 and an unscored one 0, got " + decile);
    }
    if (bottomDecile && decile != 1) {
      throw new IllegalArgumentException("the bottom decile is decile 1, got " + decile);
    }
  }

  /**
   * The figures of the counts judged.
   *
   * @return the KPI figures the score is computed from
   */
  public KpiFigures figures() {
    return judged.figures();
  }
}
