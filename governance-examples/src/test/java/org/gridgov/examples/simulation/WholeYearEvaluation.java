package org.gridgov.examples.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gridgov.core.district.DistrictSnapshot;
import org.gridgov.core.lists.DemandItem;
import org.gridgov.core.people.PersonId;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.examples.district.PopulatedDistrict;
import org.gridgov.rules.evaluation.Evaluation;
import org.gridgov.rules.evaluation.EvaluationReport;

/**
 * The quarters of a simulated year judged at its end on every order of the year, as the simulation
 * judged them before it let orders go: the district with all the year's orders, their demands and
 * the meetings, evaluated quarter after quarter.
 */
final class WholeYearEvaluation {

  private WholeYearEvaluation() {}

  /**
   * Judges the quarters of a year that kept its orders.
   *
   * @param district the district simulated
   * @param year the year, with its orders kept
   * @param evaluation the evaluation on the rules of the simulation
   * @return a report per quarter of the year's result, in order
   */
  static List<EvaluationReport> of(
      PopulatedDistrict district, SimulationResult year, Evaluation evaluation) {
    List<WorkOrder> orders = year.orders().orElseThrow();
    List<DemandItem> demands = new ArrayList<>();
    for (WorkOrder o : orders) {
      demands.add(
          new DemandItem(
              o.origin().demandId().orElseThrow(),
              o.category(),
              o.matterKind(),
              o.urgency(),
              o.channel(),
              o.grid(),
              o.compound(),
              PersonId.of("resident-" + o.grid()),
              o.reportedAt(),
              o.summary(),
              Set.of()));
    }
    DistrictSnapshot s = district.snapshot();
    DistrictSnapshot whole =
        new DistrictSnapshot(
            s.territory(),
            s.organisation(),
            s.people(),
            s.posts(),
            new DistrictSnapshot.Lists(
                s.lists().matters(), demands, s.lists().resources(), s.lists().projects()),
            orders,
            year.meetings());
    List<EvaluationReport> quarters = new ArrayList<>();
    EvaluationReport previous = null;
    for (EvaluationReport q : year.quarters()) {
      previous =
          previous == null
              ? evaluation.evaluate(whole, q.quarter())
              : evaluation.evaluate(whole, q.quarter(), previous);
      quarters.add(previous);
    }
    return quarters;
  }
}
