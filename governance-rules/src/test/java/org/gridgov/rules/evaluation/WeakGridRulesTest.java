package org.gridgov.rules.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.rules.evaluation.Districts.HOUSING_BUREAU;
import static org.gridgov.rules.evaluation.Districts.Q2;
import static org.gridgov.rules.evaluation.Districts.ZHANDONG;
import static org.gridgov.rules.evaluation.Districts.ZHANDONG_1;
import static org.gridgov.rules.evaluation.Districts.ZHANQIAN;
import static org.gridgov.rules.evaluation.Districts.ZHANQIAN_1;

import java.util.ArrayList;
import java.util.List;
import org.gridgov.core.territory.GridCode;
import org.gridgov.rules.GovernanceEngine;
import org.gridgov.rules.decision.Decision;
import org.gridgov.rules.decision.FirstSecretaryRecommendation;
import org.gridgov.rules.decision.WeakGrid;
import org.gridgov.rules.decision.WeakGridReason;
import org.gridgov.rules.fact.GridPerformance;
import org.gridgov.rules.fact.PairedUnit;
import org.junit.jupiter.api.Test;

class WeakGridRulesTest {

  private static final GovernanceEngine ENGINE = GovernanceEngine.builder().build();

  private static GridPerformance scored(GridCode grid, double score) {
    return new GridPerformance(grid, grid.community(), Q2, true, score, 5, false, false);
  }

  private static GridPerformance bottom(GridCode grid, double score, boolean lastQuarterToo) {
    return new GridPerformance(grid, grid.community(), Q2, true, score, 1, true, lastQuarterToo);
  }

  private static <T> List<T> decided(Class<T> type, Object... facts) {
    List<T> found = new ArrayList<>();
    for (Decision d : ENGINE.decide(List.of(facts))) {
      if (type.isInstance(d)) {
        found.add(type.cast(d));
      }
    }
    return found;
  }

  @Test
  void aGridBelowSixtyIsWeak() {
    assertThat(decided(WeakGrid.class, scored(ZHANQIAN_1, 59.9)))
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.grid()).isEqualTo(ZHANQIAN_1);
              assertThat(w.reason()).isEqualTo(WeakGridReason.SCORE_BELOW_THRESHOLD);
              assertThat(w.rule()).isEqualTo("a grid scoring below sixty is weak");
            });
  }

  @Test
  void aGridAtSixtyIsNotWeak() {
    assertThat(decided(WeakGrid.class, scored(ZHANQIAN_1, 60.0))).isEmpty();
  }

  @Test
  void aGridWithoutAScoreIsNotWeak() {
    GridPerformance unscored =
        new GridPerformance(ZHANQIAN_1, ZHANQIAN, Q2, false, 0, 0, false, false);

    assertThat(decided(WeakGrid.class, unscored)).isEmpty();
  }

  @Test
  void aGridInTheBottomDecileTwoQuartersRunningIsWeak() {
    assertThat(decided(WeakGrid.class, bottom(ZHANQIAN_1, 75, true)))
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.reason()).isEqualTo(WeakGridReason.BOTTOM_DECILE_TWO_QUARTERS_RUNNING);
              assertThat(w.rule())
                  .isEqualTo("a grid in the bottom decile two quarters running is weak");
            });
  }

  @Test
  void aGridInTheBottomDecileThisQuarterOnlyIsNotWeak() {
    assertThat(decided(WeakGrid.class, bottom(ZHANQIAN_1, 75, false))).isEmpty();
  }

  @Test
  void aGridWeakForBothReasonsSaysBoth() {
    assertThat(decided(WeakGrid.class, bottom(ZHANQIAN_1, 40, true)))
        .extracting(WeakGrid::reason)
        .containsExactlyInAnyOrder(
            WeakGridReason.SCORE_BELOW_THRESHOLD,
            WeakGridReason.BOTTOM_DECILE_TWO_QUARTERS_RUNNING);
  }

  @Test
  void aWeakGridGetsAFirstSecretaryFromThePairedUnit() {
    PairedUnit housing = new PairedUnit(ZHANQIAN, HOUSING_BUREAU, "晋安区住房和建设局", true);

    assertThat(decided(FirstSecretaryRecommendation.class, bottom(ZHANQIAN_1, 40, true), housing))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.grid()).isEqualTo(ZHANQIAN_1);
              assertThat(r.unit()).contains(HOUSING_BUREAU);
              assertThat(r.unitName()).isEqualTo("晋安区住房和建设局");
              assertThat(r.rule())
                  .isEqualTo("a weak grid gets a first secretary from the paired unit");
            });
  }

  @Test
  void aWeakGridGetsItsFirstSecretaryFromTheCommunitysFirstPairedUnitOnly() {
    PairedUnit first = new PairedUnit(ZHANQIAN, HOUSING_BUREAU, "晋安区住房和建设局", true);
    PairedUnit second = new PairedUnit(ZHANQIAN, Districts.CIVIL_AFFAIRS_BUREAU, "晋安区民政局", false);

    assertThat(decided(FirstSecretaryRecommendation.class, scored(ZHANQIAN_1, 30), first, second))
        .singleElement()
        .satisfies(r -> assertThat(r.unit()).contains(HOUSING_BUREAU));
  }

  @Test
  void aWeakGridOfACommunityWithoutAPairedUnitGetsAFirstSecretaryFoundByTheStreet() {
    PairedUnit elsewhere = new PairedUnit(ZHANQIAN, HOUSING_BUREAU, "晋安区住房和建设局", true);

    assertThat(decided(FirstSecretaryRecommendation.class, scored(ZHANDONG_1, 30), elsewhere))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.community()).isEqualTo(ZHANDONG);
              assertThat(r.unit()).isEmpty();
              assertThat(r.rule())
                  .isEqualTo(
                      "a weak grid of a community without a paired unit gets a first secretary"
                          + " found by the street");
            });
  }

  @Test
  void aGridThatIsNotWeakGetsNoFirstSecretary() {
    PairedUnit housing = new PairedUnit(ZHANQIAN, HOUSING_BUREAU, "晋安区住房和建设局", true);

    assertThat(decided(FirstSecretaryRecommendation.class, scored(ZHANQIAN_1, 90), housing))
        .isEmpty();
  }
}
