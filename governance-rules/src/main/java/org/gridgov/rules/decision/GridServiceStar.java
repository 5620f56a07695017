package org.gridgov.rules.decision;

import java.util.Objects;
import org.gridgov.core.calendar.YearQuarter;
import org.gridgov.core.people.PersonId;
import org.gridgov.core.territory.GridCode;

/**
 * The grid service star (网格服务之星) of a grid in a quarter.
 *
 * @param grid the grid
 * @param quarter the quarter
 * @param person the post holder named star
 * @param ratedOrders how many of the orders they resolved were rated
 * @param satisfactionRate the satisfaction rate of those orders, 0 to 1
 * @param rule the rule that named them
 */
public record GridServiceStar(
    GridCode grid,
    YearQuarter quarter,
    PersonId person,
    int ratedOrders,
    double satisfactionRate,
    String rule)
    implements Decision {

  /** Checks the fields. */
  public GridServiceStar {
    Objects.requireNonNull(grid, "a star names the grid");
    Objects.requireNonNull(quarter, "a star names the quarter");
    Objects.requireNonNull(person, "a star names the person");
    Objects.requireNonNull(rule, "a star names its rule");
  }
}
