package org.gridgov.rules.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.rules.evaluation.Districts.HOUSING_BUREAU;
import static org.gridgov.rules.evaluation.Districts.LIN;
import static org.gridgov.rules.evaluation.Districts.Q2;
import static org.gridgov.rules.evaluation.Districts.ZHANDONG;
import static org.gridgov.rules.evaluation.Districts.ZHANDONG_1;
import static org.gridgov.rules.evaluation.Districts.ZHANQIAN;
import static org.gridgov.rules.evaluation.Districts.ZHANQIAN_1;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.gridgov.core.evaluation.Kpi;
import org.gridgov.core.territory.GridCode;
import org.gridgov.rules.GovernanceEngine;
import org.gridgov.rules.decision.Decision;
import org.gridgov.rules.decision.FirstSecretaryRecommendation;
import org.gridgov.rules.decision.FirstSecretaryReview;
import org.gridgov.rules.decision.SecondmentProgress;
import org.gridgov.rules.decision.WeakGrid;
import org.gridgov.rules.decision.WeakGridReason;
import org.gridgov.rules.fact.GridFirstSecretary;
import org.gridgov.rules.fact.GridPerformance;
import org.gridgov.rules.fact.JudgementBasis;
import org.gridgov.rules.fact.KpiShortfall;
import org.gridgov.rules.fact.PairedUnit;
import org.gridgov.rules.fact.WeakGridEvidence;
import org.junit.jupiter.api.Test;

class WeakGridRulesTest {

  private static final GovernanceEngine ENGINE = GovernanceEngine.builder().build();

  private static final WeakGridEvidence LATE =
      new WeakGridEvidence(
          JudgementBasis.QUARTER,
          4,
          OptionalDouble.of(90),
          List.of(new KpiShortfall(Kpi.ON_TIME_CLOSURE_RATE, 1, 4, 15)));

  private static GridPerformance scored(GridCode grid, double score) {
    return new GridPerformance(
        grid, grid.community(), Q2, true, score, 5, false, false, 4, 0, LATE);
  }

  private static GridPerformance fell(GridCode grid, double score, double fall) {
    return new GridPerformance(
        grid, grid.community(), Q2, true, score, 5, false, false, 4, fall, LATE);
  }

  private static GridPerformance bottom(GridCode grid, double score, boolean lastQuarterToo) {
    return new GridPerformance(
        grid, grid.community(), Q2, true, score, 1, true, lastQuarterToo, 4, 0, LATE);
  }

  private static GridFirstSecretary serving(GridCode grid) {
    return new GridFirstSecretary(
        grid, LIN, HOUSING_BUREAU, "晋安区住房和建设局", LocalDate.of(2024, 1, 15), 2);
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
  void aJudgedGridScoringBelowSeventyEightIsWeak() {
    assertThat(decided(WeakGrid.class, scored(ZHANQIAN_1, 77.9)))
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.grid()).isEqualTo(ZHANQIAN_1);
              assertThat(w.reason()).isEqualTo(WeakGridReason.SCORE_BELOW_THRESHOLD);
              assertThat(w.evidence().pulledDownBy())
                  .extracting(KpiShortfall::kpi, KpiShortfall::count, KpiShortfall::of)
                  .containsExactly(
                      org.assertj.core.groups.Tuple.tuple(Kpi.ON_TIME_CLOSURE_RATE, 1, 4));
              assertThat(w.rule()).isEqualTo("a judged grid scoring below seventy-eight is weak");
            });
  }

  @Test
  void aGridAtSeventyEightIsNotWeak() {
    assertThat(decided(WeakGrid.class, scored(ZHANQIAN_1, 78.0))).isEmpty();
  }

  @Test
  void aGridThatIsNotJudgedIsNotWeak() {
    GridPerformance unscored =
        new GridPerformance(
            ZHANQIAN_1, ZHANQIAN, Q2, false, 0, 0, false, false, 1, 0, WeakGridEvidence.NONE);

    assertThat(decided(WeakGrid.class, unscored)).isEmpty();
  }

  @Test
  void aJudgedGridThatFellFifteenPointsToBelowEightyFiveIsWeak() {
    assertThat(decided(WeakGrid.class, fell(ZHANQIAN_1, 84.9, 15)))
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.reason()).isEqualTo(WeakGridReason.FALLING_SCORE);
              assertThat(w.evidence().previousScore()).hasValue(90);
              assertThat(w.rule())
                  .isEqualTo("a judged grid that fell fifteen points to below eighty-five is weak");
            });
  }

  @Test
  void aGridThatFellLessOrStayedAtEightyFiveIsNotWeakForItsFall() {
    assertThat(decided(WeakGrid.class, fell(ZHANQIAN_1, 84.9, 14.9))).isEmpty();
    assertThat(decided(WeakGrid.class, fell(ZHANQIAN_1, 85.0, 30))).isEmpty();
  }

  @Test
  void aGridInTheBottomDecileTwoQuartersRunningIsWeak() {
    assertThat(decided(WeakGrid.class, bottom(ZHANQIAN_1, 80, true)))
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
    assertThat(decided(WeakGrid.class, bottom(ZHANQIAN_1, 80, false))).isEmpty();
  }

  @Test
  void aGridWeakForTwoReasonsSaysBoth() {
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
              assertThat(r.why())
                  .contains("晋安区住房和建设局 is paired with community " + ZHANQIAN.value())
                  .contains("judged on 4 due orders")
                  .contains("on-time closure rate 1/4");
              assertThat(r.describe(Locale.CHINESE))
                  .startsWith("晋安区住房和建设局 与社区 " + ZHANQIAN.value() + " 包联；依据 4 件到期工单评定")
                  .contains("按期办结率 1/4（-")
                  .doesNotContainPattern("[a-z]{2,} [a-z]{2,}");
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
              assertThat(r.why()).contains("has no paired unit");
              assertThat(r.describe(Locale.CHINESE))
                  .startsWith("社区 " + ZHANDONG.value() + " 无包联单位；");
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

  @Test
  void aWeakGridThatHasAFirstSecretaryGetsNoOtherButIsReviewed() {
    PairedUnit housing = new PairedUnit(ZHANQIAN, HOUSING_BUREAU, "晋安区住房和建设局", true);

    List<Object> facts = List.of(scored(ZHANQIAN_1, 50), housing, serving(ZHANQIAN_1));

    assertThat(decided(FirstSecretaryRecommendation.class, facts.toArray())).isEmpty();
    assertThat(decided(FirstSecretaryReview.class, facts.toArray())).hasSize(1);
  }

  @Test
  void aWeakGridThatHasAFirstSecretaryIsReviewedAsImprovingWhenItsScoreRose() {
    assertThat(decided(FirstSecretaryReview.class, fell(ZHANQIAN_1, 70, -8), serving(ZHANQIAN_1)))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.person()).isEqualTo(LIN);
              assertThat(r.unit()).isEqualTo(HOUSING_BUREAU);
              assertThat(r.quartersServed()).isEqualTo(2);
              assertThat(r.progress()).isEqualTo(SecondmentProgress.IMPROVING);
              assertThat(r.rule())
                  .isEqualTo(
                      "a weak grid that has a first secretary is reviewed as improving when its"
                          + " score rose");
            });
  }

  @Test
  void aWeakGridThatHasAFirstSecretaryIsReviewedAsNotImprovingWhenItsScoreDidNotRise() {
    assertThat(decided(FirstSecretaryReview.class, fell(ZHANQIAN_1, 70, 0), serving(ZHANQIAN_1)))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.progress()).isEqualTo(SecondmentProgress.NOT_IMPROVING);
              assertThat(r.rule())
                  .isEqualTo(
                      "a weak grid that has a first secretary is reviewed as not improving when"
                          + " its score did not rise");
            });
  }

  @Test
  void aGridThatIsNotWeakIsNotReviewed() {
    assertThat(decided(FirstSecretaryReview.class, scored(ZHANQIAN_1, 95), serving(ZHANQIAN_1)))
        .isEmpty();
  }
}
