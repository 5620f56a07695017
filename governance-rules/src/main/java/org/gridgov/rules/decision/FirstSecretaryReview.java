package org.gridgov.rules.decision;

import java.time.LocalDate;
import java.util.Objects;
import org.gridgov.core.calendar.YearQuarter;
import org.gridgov.core.organisation.UnitId;
import org.gridgov.core.people.PersonId;
import org.gridgov.core.territory.GridCode;

/**
 * A review of the first secretary (第一书记) already serving a weak grid, made instead of recommending
 * another: the progress since the secondment, for the sending unit and the street to act on.
 *
 * @param grid the weak grid
 * @param quarter the quarter it was found weak in
 * @param person the first secretary serving it
 * @param unit the unit that sent them
 * @param unitName its name
 * @param since the first day of the secondment
 * @param quartersServed the quarters begun since, the quarter reviewed included
 * @param score the grid's score this quarter
 * @param fall how many points the score fell since the quarter before (negative when it rose)
 * @param progress whether the grid is improving
 * @param rule the rule that reviewed
 */
public record FirstSecretaryReview(
    GridCode grid,
    YearQuarter quarter,
    PersonId person,
    UnitId unit,
    String unitName,
    LocalDate since,
    int quartersServed,
    double score,
    double fall,
    SecondmentProgress progress,
    String rule)
    implements Decision {

  /** Checks the fields. */
  public FirstSecretaryReview {
    Objects.requireNonNull(grid, "a review names the grid");
    Objects.requireNonNull(quarter, "a review names the quarter");
    Objects.requireNonNull(person, "a review names the first secretary");
    Objects.requireNonNull(unit, "a review names the sending unit");
    Objects.requireNonNull(unitName, "a review names the sending unit's name");
    Objects.requireNonNull(since, "a review names the first day of the secondment");
    Objects.requireNonNull(progress, "a review gives the progress");
    Objects.requireNonNull(rule, "a review names its rule");
    if (quartersServed < 1) {
      throw new IllegalArgumentException(
          "a reviewed first secretary has served 1 quarter or more, got " + quartersServed);
    }
  }
}
