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

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.core.calendar.YearQuarter;
import org.gridgov.core.district.DistrictSnapshot;
import org.gridgov.core.evaluation.Kpi;
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
import org.gridgov.rules.fact.JudgementBasis;
import org.gridgov.rules.fact.StarRole;
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
  void gridScoresComeFromTheOrdersDueInTheQuarter() {
    DistrictSnapshot snapshot = twoQuarters();

    EvaluationReport report = EVALUATION.evaluate(snapshot, Q2);

    Ledger ledger = Ledger.of(DueOrders.in(snapshot.orders(), Q2), Evaluation.ZONE);
    GridScore zhanqian1 = report.grid(ZHANQIAN_1).orElseThrow();
    assertThat(zhanqian1.basis()).isEqualTo(JudgementBasis.QUARTER);
    assertThat(zhanqian1.due().due()).isEqualTo(7);
    assertThat(zhanqian1.figures()).isEqualTo(ledger.byGrid().get(ZHANQIAN_1).figures());
    assertThat(zhanqian1.score()).isEqualTo(EVALUATION.score(zhanqian1.figures()));
    assertThat(report.grid(ZHANQIAN_2).orElseThrow().score()).isEmpty();
    assertThat(report.grids())
        .extracting(GridScore::grid)
        .containsExactly(ZHANQIAN_1, ZHANQIAN_2, ZHANDONG_1);
  }

  @Test
  void anOrderNotYetDueCountsInTheQuarterItsDeadlineFallsIn() {
    // reported on the quarter's last Monday, due five days later in the next quarter, still open
    Instant late = Q1.lastDay().atTime(9, 0).toInstant(java.time.ZoneOffset.ofHours(8));
    WorkOrder open =
        Districts.reported("LATE", ZHANQIAN_2, late)
            .dispatch(
                org.gridgov.core.workorder.ResponsibleSubject.gridWorker(LIN, "网格员"),
                org.gridgov.core.workorder.Deadlines.resolveBy(late.plus(Duration.ofDays(5))),
                org.gridgov.core.workorder.Actor.system("dispatch"),
                late,
                "")
            .orElseThrow();

    EvaluationReport q1 = EVALUATION.evaluate(Districts.snapshot(List.of(open)), Q1);
    EvaluationReport q2 = EVALUATION.evaluate(Districts.snapshot(List.of(open)), Q2);

    assertThat(q1.grid(ZHANQIAN_2).orElseThrow().due().due()).isZero();
    assertThat(q2.grid(ZHANQIAN_2).orElseThrow().due().due()).isEqualTo(1);
    assertThat(q2.grid(ZHANQIAN_2).orElseThrow().due().closed()).isZero();
  }

  @Test
  void aGridWithOneDueOrderIsJudgedOnTwoQuartersPooled() {
    List<WorkOrder> orders =
        new ArrayList<>(Districts.ratedOrders("A", ZHANQIAN_2, LIN, Q1, SATISFIED));
    orders.addAll(Districts.ratedOrders("B", ZHANQIAN_2, LIN, Q2, UNSATISFIED));

    GridScore pooled =
        EVALUATION.evaluate(Districts.snapshot(orders), Q2).grid(ZHANQIAN_2).orElseThrow();

    assertThat(pooled.basis()).isEqualTo(JudgementBasis.TWO_QUARTERS);
    assertThat(pooled.due().due()).isEqualTo(1);
    assertThat(pooled.judged().due()).isEqualTo(2);
    assertThat(pooled.score()).isEqualTo(EVALUATION.score(pooled.judged().figures()));
  }

  @Test
  void aGridWithOneDueOrderAndNoneBeforeIsNotJudgedOnItsOwn() {
    List<WorkOrder> orders = Districts.ratedOrders("A", ZHANQIAN_2, LIN, Q2, UNSATISFIED);

    EvaluationReport report = EVALUATION.evaluate(Districts.snapshot(orders), Q2);

    assertThat(report.grid(ZHANQIAN_2).orElseThrow().basis()).isEqualTo(JudgementBasis.NOT_ENOUGH);
    assertThat(report.grid(ZHANQIAN_2).orElseThrow().score()).isEmpty();
    assertThat(report.weakGrids()).isEmpty();
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

    assertThat(report.weakGrids())
        .allSatisfy(w -> assertThat(w.grid()).isEqualTo(ZHANDONG_1))
        .extracting(WeakGrid::reason)
        .containsExactlyInAnyOrder(
            WeakGridReason.SCORE_BELOW_THRESHOLD,
            WeakGridReason.BOTTOM_DECILE_TWO_QUARTERS_RUNNING);
    assertThat(report.weakGrids().get(0).evidence().pulledDownBy())
        .extracting(s -> s.kpi())
        .contains(Kpi.CLOSURE_RATE, Kpi.SATISFACTION_RATE);
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
    assertThat(report.weakGrids())
        .extracting(WeakGrid::reason)
        .doesNotContain(WeakGridReason.BOTTOM_DECILE_TWO_QUARTERS_RUNNING);
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
  void theStarOfACommunityIsItsBestNomineeWithinTheCap() {
    EvaluationReport report = EVALUATION.evaluate(twoQuarters(), Q2);

    assertThat(report.stars(ZHANQIAN))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.person()).isEqualTo(LIN);
              assertThat(s.role()).isEqualTo(StarRole.POST_HOLDER);
              assertThat(s.resolvedOnTime()).isEqualTo(4);
              assertThat(s.ratedOrders()).isEqualTo(4);
              assertThat(s.satisfactionRate()).isEqualTo(1.0);
            });
    // 站东's only candidate had an unsatisfied resident
    assertThat(report.stars()).hasSize(1);
  }

  @Test
  void someoneWithoutAPostWhoTookOrdersIsAVolunteerCandidate() {
    List<WorkOrder> orders =
        Districts.ratedOrders("X", ZHANQIAN_1, PersonId.of("p-no-post"), Q2, SATISFIED);

    assertThat(EVALUATION.evaluate(Districts.snapshot(orders), Q2).stars())
        .singleElement()
        .satisfies(s -> assertThat(s.role()).isEqualTo(StarRole.VOLUNTEER));
  }

  @Test
  void theRoleKpisOfTheQuarterAreThoseOfItsDueOrders() {
    DistrictSnapshot snapshot = twoQuarters();

    EvaluationReport report = EVALUATION.evaluate(snapshot, Q2);

    assertThat(report.roles())
        .isEqualTo(EVALUATION.roleKpis(DueOrders.in(snapshot.orders(), Q2)))
        .isNotEmpty();
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
