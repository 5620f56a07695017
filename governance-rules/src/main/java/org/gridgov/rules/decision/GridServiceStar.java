package org.gridgov.rules.decision;

import java.util.Objects;
import org.gridgov.core.calendar.YearQuarter;
import org.gridgov.core.people.PersonId;
import org.gridgov.core.territory.CommunityCode;
import org.gridgov.core.territory.GridCode;
import org.gridgov.rules.fact.RankedNominee;
import org.gridgov.rules.fact.StarRole;

/**
 * A grid service star (网格服务之星) of a community in a quarter.
 *
 * @param grid the grid they served most
 * @param community the community
 * @param quarter the quarter
 * @param person the person named star
 * @param role in what capacity
 * @param points the nomination's points
 * @param rank the nomination's place in the community
 * @param resolvedOnTime the due orders they resolved on time
 * @param ratedOrders the ratings of their orders
 * @param satisfactionRate the satisfaction rate of those ratings, 0 to 1
 * @param praised the residents' praise among them
 * @param rule the rule that named them
 */
public record GridServiceStar(
    GridCode grid,
    CommunityCode community,
    YearQuarter quarter,
    PersonId person,
    StarRole role,
    int points,
    int rank,
    int resolvedOnTime,
    int ratedOrders,
    double satisfactionRate,
    int praised,
    String rule)
    implements Decision {

  /** Checks the fields. */
  public GridServiceStar {
    Objects.requireNonNull(grid, "a star names the grid");
    Objects.requireNonNull(community, "a star names the community");
    Objects.requireNonNull(quarter, "a star names the quarter");
    Objects.requireNonNull(person, "a star names the person");
    Objects.requireNonNull(role, "a star names the role");
    Objects.requireNonNull(rule, "a star names its rule");
  }

  /**
   * The star of a ranked nominee.
   *
   * @param nominee the nominee within the cap
   * @param rule the rule that named them
   * @return the star
   */
  public static GridServiceStar of(RankedNominee nominee, String rule) {
    var c = nominee.candidate();
    return new GridServiceStar(
        c.grid(),
        c.community(),
        c.quarter(),
        c.person(),
        c.role(),
        nominee.points(),
        nominee.rank(),
        c.resolvedOnTime(),
        c.rated(),
        c.satisfactionRate(),
        c.praised(),
        rule);
  }
}
