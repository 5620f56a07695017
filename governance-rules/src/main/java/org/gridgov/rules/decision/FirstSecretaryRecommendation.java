package org.gridgov.rules.decision;

import java.util.Objects;
import java.util.Optional;
import org.gridgov.core.calendar.YearQuarter;
import org.gridgov.core.organisation.UnitId;
import org.gridgov.core.territory.CommunityCode;
import org.gridgov.core.territory.GridCode;
import org.gridgov.rules.fact.KpiShortfall;
import org.gridgov.rules.fact.WeakGridEvidence;

/**
 * A recommendation to send a first secretary (第一书记) to the Party branch of a weak grid.
 *
 * @param grid the weak grid
 * @param community the grid's community
 * @param quarter the quarter it was found weak in
 * @param unit the unit to send a cadre: the unit paired with the community; empty when the
 *     community has no paired unit, and the street must find one
 * @param unitName the unit's name; empty text when there is no unit
 * @param why why this grid and this unit, in words: the pairing, the score and the KPIs that pulled
 *     it down
 * @param rule the rule that recommended
 */
public record FirstSecretaryRecommendation(
    GridCode grid,
    CommunityCode community,
    YearQuarter quarter,
    Optional<UnitId> unit,
    String unitName,
    String why,
    String rule)
    implements Decision {

  /** Checks the fields. */
  public FirstSecretaryRecommendation {
    Objects.requireNonNull(grid, "a recommendation names the grid");
    Objects.requireNonNull(community, "a recommendation names the community");
    Objects.requireNonNull(quarter, "a recommendation names the quarter");
    Objects.requireNonNull(unit, "the unit is Optional.empty() when there is none");
    Objects.requireNonNull(unitName, "the unit name is empty text when there is no unit");
    Objects.requireNonNull(why, "a recommendation says why");
    Objects.requireNonNull(rule, "a recommendation names its rule");
  }

  /**
   * A first secretary from a paired unit.
   *
   * @param grid the grid
   * @param community its community
   * @param quarter the quarter
   * @param unit the paired unit
   * @param unitName its name
   * @param evidence what the grid was found weak on
   * @param rule the rule
   * @return the recommendation
   */
  public static FirstSecretaryRecommendation fromUnit(
      GridCode grid,
      CommunityCode community,
      YearQuarter quarter,
      UnitId unit,
      String unitName,
      WeakGridEvidence evidence,
      String rule) {
    return new FirstSecretaryRecommendation(
        grid,
        community,
        quarter,
        Optional.of(unit),
        unitName,
        unitName + " is paired with community " + community.value() + "; " + because(evidence),
        rule);
  }

  /**
   * A first secretary the street must find, the community having no paired unit.
   *
   * @param grid the grid
   * @param community its community
   * @param quarter the quarter
   * @param evidence what the grid was found weak on
   * @param rule the rule
   * @return the recommendation
   */
  public static FirstSecretaryRecommendation fromTheStreet(
      GridCode grid,
      CommunityCode community,
      YearQuarter quarter,
      WeakGridEvidence evidence,
      String rule) {
    return new FirstSecretaryRecommendation(
        grid,
        community,
        quarter,
        Optional.empty(),
        "",
        "community " + community.value() + " has no paired unit; " + because(evidence),
        rule);
  }

  private static String because(WeakGridEvidence evidence) {
    StringBuilder why =
        new StringBuilder("judged on ")
            .append(evidence.dueOrders())
            .append(" due orders (")
            .append(evidence.basis())
            .append(")");
    if (!evidence.pulledDownBy().isEmpty()) {
      why.append(", pulled down by");
      for (KpiShortfall s : evidence.pulledDownBy()) {
        why.append(' ').append(s.describe());
      }
    }
    return why.toString();
  }
}
