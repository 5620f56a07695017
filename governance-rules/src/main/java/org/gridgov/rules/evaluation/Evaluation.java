package org.gridgov.rules.evaluation;

import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.function.Supplier;
import org.gridgov.core.calendar.YearQuarter;
import org.gridgov.core.district.DistrictSnapshot;
import org.gridgov.core.evaluation.KpiFigures;
import org.gridgov.core.evaluation.Rating;
import org.gridgov.core.workorder.Transition;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.rules.GovernanceEngine;
import org.gridgov.rules.decision.Decision;
import org.gridgov.rules.decision.RatingDecision;
import org.gridgov.rules.decision.ScoreWeight;

/**
 * Evaluation by the rules: what a rating does to a work order, and the quarterly evaluation of a
 * district. Made by {@link #on(GovernanceEngine)}.
 *
 * <p>The facade computes the KPIs from the core {@link org.gridgov.core.workorder.Ledger}, turns
 * them into flat facts and lets the evaluation rules decide; rules decide, the domain applies.
 * Dates are taken in {@link #ZONE}. An evaluation holds no state of its own: it is as thread-safe
 * as the engine it was made from, and it always uses the engine's current rules.
 *
 * <p><b>The grid score</b>, from the weights table {@code grid-score-weights.drl.csv}: each KPI
 * figure is turned into a value {@code v} between 0 and 1 (the closure, on-time closure and
 * satisfaction rates as they are; the rework rate as {@code 1 − rate}; the mean response time as
 * {@code max(0, 1 − hours / zeroAtHours)}), and {@code score = 100 × Σ weight·v / Σ weight}, both
 * sums over the weights above 0 whose figure the grid has, rounded half up to one decimal. A grid
 * without any such figure has no score.
 *
 * <p><b>What is judged</b>: a quarter is judged on the orders <em>due</em> in it, those whose
 * resolve-by deadline, as they stood at the quarter's end, fell in the quarter; an order not yet
 * due counts in the quarter its deadline falls in. The minimum-volume table ({@code
 * judgement-basis.drl.csv}) decides whether a grid is judged on the quarter's due orders, on two
 * quarters pooled, with its community, or not at all; a grid with no order due in the quarter is
 * never judged on its own. Only grids judged on their own are scored, ranked in deciles and may be
 * found weak.
 */
public interface Evaluation {

  /** The zone in which dates are taken: periods, quarters, the day a demand was raised. */
  ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /**
   * Evaluation on an engine's rules.
   *
   * @param engine the engine
   * @return the evaluation, which uses the engine's current rules at every call
   */
  static Evaluation on(GovernanceEngine engine) {
    return of(engine::decide, engine::catalogue);
  }

  /**
   * An evaluation over some rules, for hosts that fire rules their own way; most call {@link
   * #on(GovernanceEngine)}.
   *
   * @param rules fires the rules over facts and returns their decisions
   * @param catalogue what the catalogue rules define, among them the score weights
   * @return the evaluation
   */
  static Evaluation of(
      Function<Collection<?>, List<Decision>> rules, Supplier<List<Decision>> catalogue) {
    return new RuleEvaluation(rules, catalogue);
  }

  /**
   * What a rating does to an order: close it, reopen it, or reopen it and put it under supervision
   * (by default from the second reopening on).
   *
   * @param order the order as it stands, before the rating
   * @param rating the resident's rating
   * @return the decision, naming the rule that made it
   * @throws IllegalStateException if the rules made no decision or more than one
   */
  RatingDecision onRating(WorkOrder order, Rating rating);

  /**
   * Applies a rating decision through the work-order lifecycle: {@code rate}, then {@code close}
   * for {@link org.gridgov.rules.decision.RatingOutcome#CLOSE}, nothing more for {@code REOPEN},
   * and {@code supervise} for {@code REOPEN_AND_SUPERVISE} unless the order is already under
   * supervision (supervision is a flag set once). Every step is taken by {@code Actor.system} named
   * after the decision's rule, at the time the rating was given, with the rule's name as the
   * reason.
   *
   * @param order the order as it stands, before the rating
   * @param rating the rating
   * @param decision the decision {@link #onRating} made for them
   * @return the last step applied, or the first step refused (the order then is as it was before
   *     that step)
   * @throws IllegalArgumentException if the decision is about another order
   */
  Transition apply(WorkOrder order, Rating rating, RatingDecision decision);

  /**
   * Decides what a rating does and applies it.
   *
   * @param order the order as it stands
   * @param rating the rating
   * @return as {@link #apply}
   */
  default Transition rate(WorkOrder order, Rating rating) {
    return apply(order, rating, onRating(order, rating));
  }

  /**
   * The weights of the grid score, as the weights table defines them.
   *
   * @return the weights, in a stable order
   */
  List<ScoreWeight> weights();

  /**
   * The grid score of some figures under the current weights (formula above).
   *
   * @param figures KPI figures
   * @return the score, 0 to 100, or empty if no weighted figure is present
   */
  OptionalDouble score(KpiFigures figures);

  /**
   * Evaluates a district in a quarter. Whether a grid was in the bottom decile the quarter before
   * is computed from the snapshot's history: the orders formed in the previous quarter as they
   * stood at its end.
   *
   * @param snapshot the district
   * @param quarter the quarter
   * @return the report
   */
  EvaluationReport evaluate(DistrictSnapshot snapshot, YearQuarter quarter);

  /**
   * Evaluates a district in a quarter, taking the bottom decile of the quarter before from its
   * report.
   *
   * @param snapshot the district
   * @param quarter the quarter
   * @param previous the report of the quarter before
   * @return the report
   * @throws IllegalArgumentException if the previous report is not of the quarter before
   */
  EvaluationReport evaluate(
      DistrictSnapshot snapshot, YearQuarter quarter, EvaluationReport previous);

  /**
   * The role KPIs (岗位考核指标) of some orders, per role and subject, under the limits of the role-KPI
   * table ({@code role-kpi-limits.drl.csv}); computed from the orders' histories alone.
   *
   * @param orders the orders, as they stand
   * @return one line per role and subject, handlers first
   * @throws IllegalStateException if the table does not define exactly one limit
   */
  List<RoleKpiLine> roleKpis(Collection<WorkOrder> orders);
}
