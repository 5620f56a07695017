package org.gridgov.examples.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.calendar.YearQuarter;
import org.gridgov.core.district.DistrictSnapshot;
import org.gridgov.core.evaluation.KpiCounts;
import org.gridgov.core.evaluation.KpiFigures;
import org.gridgov.core.organisation.UnitId;
import org.gridgov.core.people.PersonId;
import org.gridgov.core.territory.GridCode;
import org.gridgov.core.workorder.LedgerLine;
import org.gridgov.rules.decision.FirstSecretaryRecommendation;
import org.gridgov.rules.decision.FirstSecretaryReview;
import org.gridgov.rules.decision.SecondmentProgress;
import org.gridgov.rules.decision.WeakGrid;
import org.gridgov.rules.decision.WeakGridReason;
import org.gridgov.rules.evaluation.EvaluationReport;
import org.gridgov.rules.fact.WeakGridEvidence;
import org.junit.jupiter.api.Test;

/** The weak-grid lines of a result name the unit of a first secretary, serving or recommended. */
class WeakGridLinesTest {

  private static final GridCode GRID = GridCode.of("350111001001001");
  private static final YearQuarter Q1 = YearQuarter.of(2024, 1);
  private static final YearQuarter Q2 = YearQuarter.of(2024, 2);

  private static EvaluationReport quarter(
      YearQuarter quarter,
      List<FirstSecretaryRecommendation> recommended,
      List<FirstSecretaryReview> reviewed) {
    WeakGrid weak =
        new WeakGrid(
            GRID, quarter, WeakGridReason.SCORE_BELOW_THRESHOLD, 40, WeakGridEvidence.NONE, "r");
    return new EvaluationReport(
        quarter,
        List.of(),
        Map.of(),
        Map.of(),
        Map.of(),
        List.of(weak),
        recommended,
        reviewed,
        List.of(),
        List.of(),
        List.of());
  }

  private static SimulationResult result(EvaluationReport... quarters) {
    return new SimulationResult(
        Optional.empty(),
        new YearLedger(LedgerLine.EMPTY, Map.of(), Map.of()),
        Map.of(),
        KpiFigures.of(KpiCounts.ZERO),
        DistrictSnapshot.Meetings.EMPTY,
        MeetingFigures.NONE,
        List.of(quarters),
        Map.of(),
        Optional.empty());
  }

  private static FirstSecretaryRecommendation recommended(YearQuarter quarter) {
    return FirstSecretaryRecommendation.fromUnit(
        GRID,
        GRID.community(),
        quarter,
        UnitId.of("unit-1"),
        "晋安区住房和建设局",
        WeakGridEvidence.NONE,
        "r");
  }

  private static FirstSecretaryReview reviewed(YearQuarter quarter) {
    return new FirstSecretaryReview(
        GRID,
        quarter,
        PersonId.of("P-1"),
        UnitId.of("unit-1"),
        "晋安区住房和建设局",
        LocalDate.of(2024, 1, 15),
        1,
        40,
        5,
        SecondmentProgress.NOT_IMPROVING,
        "r");
  }

  @Test
  void aReviewedSecretaryIsServingAndNamedByItsUnitAlone() {
    WeakGridLine line =
        result(
                quarter(Q1, List.of(recommended(Q1)), List.of()),
                quarter(Q2, List.of(), List.of(reviewed(Q2))))
            .weakGrids()
            .get(0);

    assertThat(line.firstSecretaryFrom()).contains("晋安区住房和建设局");
    assertThat(line.secretaryServing()).isTrue();
  }

  @Test
  void aRecommendationAfterAReviewIsNotServing() {
    WeakGridLine line =
        result(
                quarter(Q1, List.of(), List.of(reviewed(Q1))),
                quarter(Q2, List.of(recommended(Q2)), List.of()))
            .weakGrids()
            .get(0);

    assertThat(line.firstSecretaryFrom()).contains("晋安区住房和建设局");
    assertThat(line.secretaryServing()).isFalse();
  }
}
