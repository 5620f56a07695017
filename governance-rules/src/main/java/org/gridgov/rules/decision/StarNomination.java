package org.gridgov.rules.decision;

import java.util.Objects;
import org.gridgov.rules.fact.StarCandidate;

/**
 * A nomination for grid service star (网格服务之星), with the points that rank it within the community.
 *
 * @param candidate the person nominated, with what they did
 * @param points on-time orders, praise and satisfied ratings, each weighted by the nomination table
 * @param rule the rule (table row) that nominated
 */
public record StarNomination(StarCandidate candidate, int points, String rule) implements Decision {

  /** Checks the fields. */
  public StarNomination {
    Objects.requireNonNull(candidate, "a nomination names the candidate");
    Objects.requireNonNull(rule, "a nomination names its rule");
    if (points < 0) {
      throw new IllegalArgumentException("a nomination has 0 points or more, got " + points);
    }
  }

  /**
   * A nomination weighing the candidate's on-time orders, praise and satisfied ratings.
   *
   * @param candidate the candidate
   * @param perOnTimeOrder points per order resolved on time
   * @param perPraise points per praise
   * @param perSatisfiedRating points per satisfied rating
   * @param rule the rule
   * @return the nomination
   */
  public static StarNomination weighing(
      StarCandidate candidate,
      int perOnTimeOrder,
      int perPraise,
      int perSatisfiedRating,
      String rule) {
    return new StarNomination(
        candidate,
        candidate.resolvedOnTime() * perOnTimeOrder
            + candidate.praised() * perPraise
            + candidate.satisfied() * perSatisfiedRating,
        rule);
  }
}
