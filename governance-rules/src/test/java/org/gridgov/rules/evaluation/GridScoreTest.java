package org.gridgov.rules.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.gridgov.core.evaluation.Kpi;
import org.gridgov.core.evaluation.KpiCounts;
import org.gridgov.core.evaluation.KpiFigures;
import org.gridgov.rules.GovernanceEngine;
import org.gridgov.rules.decision.ScoreWeight;
import org.junit.jupiter.api.Test;

class GridScoreTest {

  private static final Evaluation EVALUATION = Evaluation.on(GovernanceEngine.builder().build());

  @Test
  void theWeightsTableLandsInTheCatalogueOneRowPerKpi() {
    Map<Kpi, ScoreWeight> weights =
        EVALUATION.weights().stream().collect(Collectors.toMap(ScoreWeight::kpi, w -> w));

    assertThat(weights).containsOnlyKeys(Kpi.values());
    assertThat(weights.get(Kpi.CLOSURE_RATE).weight()).isEqualTo(30);
    assertThat(weights.get(Kpi.ON_TIME_CLOSURE_RATE).weight()).isEqualTo(20);
    assertThat(weights.get(Kpi.SATISFACTION_RATE).weight()).isEqualTo(30);
    assertThat(weights.get(Kpi.REWORK_RATE).weight()).isEqualTo(10);
    assertThat(weights.get(Kpi.MEAN_RESPONSE_TIME).weight()).isEqualTo(10);
    assertThat(weights.get(Kpi.MEAN_RESPONSE_TIME).zeroAtHours()).isEqualTo(48);
    assertThat(weights.get(Kpi.REWORK_RATE).rule()).isEqualTo("grid score weight REWORK_RATE");
  }

  @Test
  void aGridThatClosedEverythingOnTimeToSatisfactionAtOnceScoresOneHundred() {
    KpiCounts perfect = new KpiCounts(4, 0, 4, 4, 4, 4, 0, 0, 4, Duration.ZERO);

    assertThat(EVALUATION.score(perfect.figures())).hasValue(100.0);
  }

  @Test
  void theScoreWeighsEachFigureAndTurnsReworkAndResponseTimeAround() {
    // closure 1/2, on time 1/1, satisfaction 1/2, rework 1/1 (so 0), response 24 h of 48 (so 0.5)
    KpiCounts counts = new KpiCounts(2, 0, 1, 1, 2, 1, 0, 1, 1, Duration.ofHours(24));

    // 100 * (30*0.5 + 20*1 + 30*0.5 + 10*0 + 10*0.5) / 100
    assertThat(EVALUATION.score(counts.figures())).hasValue(55.0);
  }

  @Test
  void missingFiguresAreLeftOutOfBothSums() {
    // nothing closed, nothing rated, no responses: only the closure rate, 0 of 3
    KpiCounts counts = new KpiCounts(3, 0, 0, 0, 0, 0, 0, 0, 0, Duration.ZERO);

    assertThat(EVALUATION.score(counts.figures())).hasValue(0.0);
  }

  @Test
  void aGridWithoutOrdersHasNoScore() {
    assertThat(EVALUATION.score(KpiFigures.of(KpiCounts.ZERO))).isEmpty();
  }
}
