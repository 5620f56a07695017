package org.gridgov.rules.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.core.evaluation.Satisfaction.SATISFIED;
import static org.gridgov.core.evaluation.Satisfaction.UNSATISFIED;
import static org.gridgov.rules.evaluation.Districts.HOUSING_BUREAU;
import static org.gridgov.rules.evaluation.Districts.LIN;
import static org.gridgov.rules.evaluation.Districts.Q1;
import static org.gridgov.rules.evaluation.Districts.Q2;
import static org.gridgov.rules.evaluation.Districts.WANG;
import static org.gridgov.rules.evaluation.Districts.ZHANDONG;
import static org.gridgov.rules.evaluation.Districts.ZHANDONG_1;
import static org.gridgov.rules.evaluation.Districts.ZHANQIAN;
import static org.gridgov.rules.evaluation.Districts.ZHANQIAN_1;
import static org.gridgov.rules.evaluation.Districts.ZHANQIAN_2;

import java.util.ArrayList;
import java.util.List;
import org.gridgov.core.calendar.YearQuarter;
import org.gridgov.core.district.DistrictSnapshot;
import org.gridgov.core.lists.ProjectId;
import org.gridgov.core.people.PersonId;
import org.gridgov.core.territory.StreetCode;
import org.gridgov.core.workorder.Ledger;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.rules.GovernanceEngine;
import org.gridgov.rules.decision.ComplianceFinding;
import org.gridgov.rules.decision.ComplianceVerdict;
import org.gridgov.rules.decision.FirstSecretaryRecommendation;
import org.gridgov.rules.decision.WeakGrid;
import org.gridgov.rules.decision.WeakGridReason;
import org.junit.jupiter.api.Test;

/** The quarterly evaluation of a small district, from its snapshot to the report. */
class EvaluateDistrictTest {

  private static final Evaluation EVALUATION = Evaluation.on(GovernanceEngine.builder().build());

  /** 站前 grid 1 does well; 站东 grid 1 leaves half its orders unsatisfied; 站前 grid 2 is quiet. */
  private static List<WorkOrder> quarter(YearQuarter q, String tag) {
    List<WorkOrder> orders = new ArrayList<>();
    orders.addAll(
        Districts.ratedOrders(
            tag + "-LIN", ZHANQIAN_1, LIN, q, SATISFIED, SATISFIED, SATISFIED, SATISFIED));
    orders.addAll(
        Districts.ratedOrders(
            tag + "-WANG", ZHANQIAN_1, WANG, q, SATISFIED, SATISFIED, UNSATISFIED));
    orders.addAll(
        Districts.ratedOrders(
            tag + "-DONG", ZHANDONG_1, PersonId.of("p-zheng-guo"), q, SATISFIED, UNSATISFIED));
    return orders;
  }

  private static DistrictSnapshot twoQuarters() {
    List<WorkOrder> orders = new ArrayList<>(quarter(Q1, "Q1"));
    orders.addAll(quarter(Q2, "Q2"));
    return Districts.snapshot(orders);
  }

  @Test
  void gridScoresComeFromTheLedgerOfTheOrdersFormedInTheQuarter() {
    DistrictSnapshot snapshot = twoQuarters();

    EvaluationReport report = EVALUATION.evaluate(snapshot, Q2);

    Ledger ledger = Ledger.forPeriod(snapshot.orders(), Evaluation.ZONE, Q2.period());
    GridScore zhanqian1 = report.grid(ZHANQIAN_1).orElseThrow();
    assertThat(zhanqian1.figures()).isEqualTo(ledger.byGrid().get(ZHANQIAN_1).figures());
    assertThat(zhanqian1.score()).isEqualTo(EVALUATION.score(zhanqian1.figures()));
    assertThat(report.grid(ZHANQIAN_2).orElseThrow().score()).isEmpty();
    assertThat(report.grids())
        .extracting(GridScore::grid)
        .containsExactly(ZHANQIAN_1, ZHANQIAN_2, ZHANDONG_1);
  }

  @Test
  void theReportHasTheLedgerLinesOfCommunitiesStreetsAndPairedUnits() {
    EvaluationReport report = EVALUATION.evaluate(twoQuarters(), Q2);

    assertThat(report.communities().get(ZHANQIAN).formed()).isEqualTo(7);
    assertThat(report.communities().get(ZHANDONG).formed()).isEqualTo(2);
    assertThat(report.streets().get(StreetCode.of("350111001")).formed()).isEqualTo(9);
    assertThat(report.pairedUnits().get(HOUSING_BUREAU))
        .isEqualTo(report.communities().get(ZHANQIAN));
  }

  @Test
  void aGridInTheBottomDecileTwoQuartersRunningIsWeakAndGetsAFirstSecretaryFoundByTheStreet() {
    EvaluationReport report = EVALUATION.evaluate(twoQuarters(), Q2);

    assertThat(report.grid(ZHANDONG_1).orElseThrow().score().getAsDouble()).isGreaterThan(60);
    assertThat(report.weakGrids())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.grid()).isEqualTo(ZHANDONG_1);
              assertThat(w.reason()).isEqualTo(WeakGridReason.BOTTOM_DECILE_TWO_QUARTERS_RUNNING);
            });
    assertThat(report.firstSecretaries())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.grid()).isEqualTo(ZHANDONG_1);
              assertThat(r.unit()).isEmpty();
            });
  }

  @Test
  void thePreviousQuartersReportGivesTheSameBottomDecileAsTheHistory() {
    DistrictSnapshot snapshot = twoQuarters();

    EvaluationReport fromHistory = EVALUATION.evaluate(snapshot, Q2);
    EvaluationReport fromReport =
        EVALUATION.evaluate(snapshot, Q2, EVALUATION.evaluate(snapshot, Q1));

    assertThat(fromReport).isEqualTo(fromHistory);
  }

  @Test
  void aGridInTheBottomDecileOnlyThisQuarterIsNotWeak() {
    EvaluationReport report = EVALUATION.evaluate(Districts.snapshot(quarter(Q2, "Q2")), Q2);

    assertThat(report.grid(ZHANDONG_1).orElseThrow().bottomDecile()).isTrue();
    assertThat(report.weakGrids()).isEmpty();
  }

  @Test
  void aWeakGridGetsAFirstSecretaryFromThePairedUnitOfItsCommunity() {
    List<WorkOrder> orders =
        Districts.ratedOrders("BAD", ZHANQIAN_2, LIN, Q2, UNSATISFIED, UNSATISFIED);

    EvaluationReport report = EVALUATION.evaluate(Districts.snapshot(orders), Q2);

    assertThat(report.weakGrids())
        .extracting(WeakGrid::grid, WeakGrid::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ZHANQIAN_2, WeakGridReason.SCORE_BELOW_THRESHOLD));
    assertThat(report.firstSecretaries())
        .extracting(FirstSecretaryRecommendation::unit)
        .containsExactly(java.util.Optional.of(HOUSING_BUREAU));
  }

  @Test
  void theStarIsThePostHolderWhoseResolvedOrdersHaveTheBestSatisfaction() {
    EvaluationReport report = EVALUATION.evaluate(twoQuarters(), Q2);

    assertThat(report.star(ZHANQIAN_1))
        .hasValueSatisfying(
            s -> {
              assertThat(s.person()).isEqualTo(LIN);
              assertThat(s.ratedOrders()).isEqualTo(4);
              assertThat(s.satisfactionRate()).isEqualTo(1.0);
            });
    assertThat(report.stars()).hasSize(1);
  }

  @Test
  void ordersOfSomeoneWithoutAPostDoNotMakeAStar() {
    List<WorkOrder> orders =
        Districts.ratedOrders(
            "X", ZHANQIAN_1, PersonId.of("p-no-post"), Q2, SATISFIED, SATISFIED, SATISFIED);

    assertThat(EVALUATION.evaluate(Districts.snapshot(orders), Q2).stars()).isEmpty();
  }

  @Test
  void complianceComesFromTheJointMeetingsAndTheListsOfTheQuarter() {
    DistrictSnapshot snapshot =
        Districts.withMeetingsAndDemands(
            Districts.snapshot(List.of()),
            List.of(
                Districts.meeting(ZHANQIAN, Q2, ProjectId.of("P-2024-lift")),
                Districts.meeting(ZHANDONG, Q1)),
            List.of(Districts.demand("D-1", ZHANDONG_1, Districts.in(Q2, 3))));

    EvaluationReport report = EVALUATION.evaluate(snapshot, Q2);

    assertThat(report.compliance(ZHANQIAN))
        .extracting(ComplianceFinding::verdict)
        .containsExactly(ComplianceVerdict.COMPLIANT);
    assertThat(report.compliance(ZHANDONG))
        .extracting(ComplianceFinding::verdict)
        .containsExactly(ComplianceVerdict.NO_JOINT_MEETING);
  }

  @Test
  void aCommunityWithNeitherMeetingNorListChangesFailsOnBothCounts() {
    EvaluationReport report = EVALUATION.evaluate(Districts.snapshot(List.of()), Q2);

    assertThat(report.compliance(ZHANDONG))
        .extracting(ComplianceFinding::verdict)
        .containsExactly(ComplianceVerdict.LISTS_NOT_REFRESHED, ComplianceVerdict.NO_JOINT_MEETING);
  }

  @Test
  void aPreviousReportOfAnotherQuarterIsRefused() {
    DistrictSnapshot snapshot = Districts.snapshot(List.of());
    EvaluationReport q2 = EVALUATION.evaluate(snapshot, Q2);

    assertThatThrownBy(() -> EVALUATION.evaluate(snapshot, Q2, q2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("quarter before");
  }
}
