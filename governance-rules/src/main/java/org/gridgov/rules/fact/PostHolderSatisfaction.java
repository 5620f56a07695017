package org.gridgov.rules.fact;

import java.util.Objects;
import org.gridgov.core.calendar.YearQuarter;
import org.gridgov.core.people.PersonId;
import org.gridgov.core.territory.GridCode;

/**
 * How residents rated the orders a post holder of a grid resolved in a quarter, for the grid
 * service star (网格服务之星).
 *
 * @param grid the grid where the person holds a claimed post
 * @param quarter the quarter
 * @param person the post holder
 * @param holderNumber the person's place among the grid's post holders in order of person id, from
 *     1; it breaks ties deterministically
 * @param ratedOrders the orders formed in the quarter, resolved with the person as assignee, that
 *     have at least one rating
 * @param satisfactionRate the satisfaction rate of those orders, 0 to 1 (satisfied and basically
 *     satisfied ratings over all their ratings); 0 when none is rated
 */
public record PostHolderSatisfaction(
    GridCode grid,
    YearQuarter quarter,
    PersonId person,
    int holderNumber,
    int ratedOrders,
    double satisfactionRate) {

  /** Checks the fields. */
  public PostHolderSatisfaction {
    Objects.requireNonNull(grid, "a post holder's satisfaction needs the grid");
    Objects.requireNonNull(quarter, "a post holder's satisfaction needs the quarter");
    Objects.requireNonNull(person, "a post holder's satisfaction needs the person");
    if (holderNumber < 1) {
      throw new IllegalArgumentException("holder numbers start at 1, got " + holderNumber);
    }
    if (ratedOrders < 0) {
      throw new IllegalArgumentException("rated orders are zero or more, got " + ratedOrders);
    }
    if (!(satisfactionRate >= 0 && satisfactionRate <= 1)) {
      throw new IllegalArgumentException(
          "a satisfaction rate is between 0 and 1, got " + satisfactionRate);
    }
  }
}
