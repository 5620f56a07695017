package org.gridgov.rules.fact;

import java.util.Objects;
import org.gridgov.core.calendar.YearQuarter;
import org.gridgov.core.people.PersonId;
import org.gridgov.core.territory.CommunityCode;
import org.gridgov.core.territory.GridCode;

/**
 * Someone who served residents in a quarter, for the nomination of the grid service stars (网格服务之星):
 * the due orders credited to them, how they were done and what residents said.
 *
 * <p>An order is credited to the person it was dispatched to (a grid worker, volunteer or capable
 * resident), and an order of a grid handled by its community committee or grid Party branch to the
 * grid's grid worker, who follows it up (跟单).
 *
 * @param grid the grid where most of the credited orders were, the smallest code on a tie
 * @param community its community
 * @param quarter the quarter
 * @param person the person
 * @param role in what capacity: grid worker before post holder before volunteer
 * @param resolved credited orders due in the quarter that were resolved
 * @param resolvedOnTime of those, the ones resolved by their deadline
 * @param rated ratings of the credited orders
 * @param satisfied of those, the satisfied and basically satisfied ones
 * @param unsatisfied of those, the unsatisfied ones
 * @param praised of the satisfied ones, those with a comment: residents' praise (表扬)
 */
public record StarCandidate(
    GridCode grid,
    CommunityCode community,
    YearQuarter quarter,
    PersonId person,
    StarRole role,
    int resolved,
    int resolvedOnTime,
    int rated,
    int satisfied,
    int unsatisfied,
    int praised) {

  /** Checks the fields. */
  public StarCandidate {
    Objects.requireNonNull(grid, "a star candidate serves a grid");
    Objects.requireNonNull(community, "a star candidate serves a community");
    Objects.requireNonNull(quarter, "a star candidate is of a quarter");
    Objects.requireNonNull(person, "a star candidate is a person");
    Objects.requireNonNull(role, "a star candidate has a role");
    if (resolvedOnTime < 0
        || resolved < resolvedOnTime
        || satisfied < 0
        || unsatisfied < 0
        || satisfied + unsatisfied > rated
        || praised < 0
        || praised > satisfied) {
      throw new IllegalArgumentException(
          "a star candidate's counts nest (on time within resolved, satisfied and unsatisfied"
              + " within rated, praise within satisfied), got "
              + resolvedOnTime
              + "/"
              + resolved
              + " on time, "
              + satisfied
              + "+"
              + unsatisfied
              + "/"
              + rated
              + " rated, "
              + praised
              + " praised");
    }
  }

  /**
   * The satisfaction rate of the ratings, 0 to 1.
   *
   * @return satisfied / rated, or 0 when nothing was rated
   */
  public double satisfactionRate() {
    return rated == 0 ? 0 : (double) satisfied / rated;
  }
}
