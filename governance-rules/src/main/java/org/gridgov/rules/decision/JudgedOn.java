package org.gridgov.rules.decision;

import java.util.Objects;
import org.gridgov.core.calendar.YearQuarter;
import org.gridgov.core.territory.GridCode;
import org.gridgov.rules.fact.JudgementBasis;

/**
 * On what basis a grid is judged in a quarter, decided by the minimum-volume table from how many of
 * its orders fell due.
 *
 * @param grid the grid
 * @param quarter the quarter
 * @param basis the basis
 * @param rule the rule (table row) that decided
 */
public record JudgedOn(GridCode grid, YearQuarter quarter, JudgementBasis basis, String rule)
    implements Decision {

  /** Checks the fields. */
  public JudgedOn {
    Objects.requireNonNull(grid, "a judgement basis names the grid");
    Objects.requireNonNull(quarter, "a judgement basis names the quarter");
    Objects.requireNonNull(basis, "a judgement basis names the basis");
    Objects.requireNonNull(rule, "a judgement basis names its rule");
  }
}
