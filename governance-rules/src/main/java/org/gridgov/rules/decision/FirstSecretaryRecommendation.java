package org.gridgov.rules.decision;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.gridgov.core.calendar.YearQuarter;
import org.gridgov.core.common.Describable;
import org.gridgov.core.common.Message;
import org.gridgov.core.organisation.UnitId;
import org.gridgov.core.territory.CommunityCode;
import org.gridgov.core.territory.GridCode;
import org.gridgov.rules.RuleProblem;
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
 * @param evidence what the grid was found weak on: the volume and basis it was judged on and the
 *     KPIs that pulled it down, which {@link #why()} and {@link #describe(Locale)} put in words
 * @param rule the rule that recommended
 */
public record FirstSecretaryRecommendation(
    GridCode grid,
    CommunityCode community,
    YearQuarter quarter,
    Optional<UnitId> unit,
    String unitName,
    WeakGridEvidence evidence,
    String rule)
    implements Decision, Describable {

  /** Checks the fields. */
  public FirstSecretaryRecommendation {
    Objects.requireNonNull(grid, "a recommendation names the grid");
    Objects.requireNonNull(community, "a recommendation names the community");
    Objects.requireNonNull(quarter, "a recommendation names the quarter");
    Objects.requireNonNull(unit, "the unit is Optional.empty() when there is none");
    Objects.requireNonNull(unitName, "the unit name is empty text when there is no unit");
    Objects.requireNonNull(evidence, "a recommendation says what the grid was found weak on");
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
        grid, community, quarter, Optional.of(unit), unitName, evidence, rule);
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
        grid, community, quarter, Optional.empty(), "", evidence, rule);
  }

  /**
   * Why this grid and this unit, in English, such as {@code 街道办 is paired with community
   * 310106001001; judged on 4 due orders (QUARTER), pulled down by on-time closure rate 2/5
   * (-12.0)}.
   *
   * @return the reason in English
   */
  public String why() {
    return describe(Locale.ENGLISH);
  }

  /**
   * Why this grid and this unit, in a language: the pairing (or that the community has none), the
   * volume and basis the grid was judged on and the KPIs that pulled it down, from
   * governance-rules' bundle ({@code recommendation.*}).
   *
   * @param locale the reader's language
   * @return the reason in it
   */
  @Override
  public String describe(Locale locale) {
    Message judged =
        text(
            "judgedOn",
            evidence.dueOrders(),
            Message.of(RuleProblem.MESSAGES, "JudgementBasis." + evidence.basis().name()));
    String shortfalls = null;
    for (KpiShortfall s : evidence.pulledDownBy()) {
      String one = s.describe(locale);
      shortfalls = shortfalls == null ? one : text("and", shortfalls, one).render(locale);
    }
    Message because = shortfalls == null ? judged : text("pulledDownBy", judged, shortfalls);
    Message reason =
        unit.isPresent()
            ? text("fromUnit", unitName, community.value(), because)
            : text("fromTheStreet", community.value(), because);
    return reason.render(locale);
  }

  private static Message text(String key, Object... arguments) {
    return Message.of(RuleProblem.MESSAGES, "recommendation." + key, arguments);
  }
}
