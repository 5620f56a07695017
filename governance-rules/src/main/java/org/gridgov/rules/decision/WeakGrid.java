package org.gridgov.rules.decision;

import java.util.Objects;
import org.gridgov.core.calendar.YearQuarter;
import org.gridgov.core.territory.GridCode;
import org.gridgov.rules.fact.WeakGridEvidence;

/**
 * A grid found weak (薄弱网格) in a quarter, for one reason; a grid weak for two reasons has two.
 *
 * @param grid the grid
 * @param quarter the quarter
 * @param reason which reason applied
 * @param score the grid's score, 0 to 100
 * @param evidence what the finding rests on: the basis and volume judged, the score the quarter
 *     before, and the KPIs that pulled the score down with their counts
 * @param rule the rule that found it weak
 */
public record WeakGrid(
    GridCode grid,
    YearQuarter quarter,
    WeakGridReason reason,
    double score,
    WeakGridEvidence evidence,
    String rule)
    implements Decision {

  /** Checks the fields. */
  public WeakGrid {
    Objects.requireNonNull(grid, "a weak grid names the grid");
    Objects.requireNonNull(quarter, "a weak grid names the quarter");
    Objects.requireNonNull(reason, "a weak grid gives its reason");
    Objects.requireNonNull(evidence, "a weak grid gives its evidence");
    Objects.requireNonNull(rule, "a weak grid names its rule");
  }
}
