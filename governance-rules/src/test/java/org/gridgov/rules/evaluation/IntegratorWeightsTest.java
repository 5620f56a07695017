package org.gridgov.rules.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.core.evaluation.Satisfaction.SATISFIED;
import static org.gridgov.core.evaluation.Satisfaction.UNSATISFIED;
import static org.gridgov.rules.evaluation.Districts.LIN;
import static org.gridgov.rules.evaluation.Districts.Q2;
import static org.gridgov.rules.evaluation.Districts.ZHANQIAN_1;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gridgov.core.district.DistrictSnapshot;
import org.gridgov.rules.GovernanceEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntegratorWeightsTest {

  private static final String DEFAULT =
      "src/main/resources/org/gridgov/rules/evaluation/weights/grid-score-weights.drl.csv";

  @Test
  void aFolderWhoseWeightsTableReplacesTheDefaultChangesTheScores(@TempDir Path dir)
      throws IOException {
    // Only satisfaction counts: every other row weighs 0.
    String onlySatisfaction =
        Files.readString(Path.of(DEFAULT))
            .replace("\"CLOSURE_RATE, 30, 0\"", "\"CLOSURE_RATE, 0, 0\"")
            .replace("\"ON_TIME_CLOSURE_RATE, 20, 0\"", "\"ON_TIME_CLOSURE_RATE, 0, 0\"")
            .replace("\"SATISFACTION_RATE, 30, 0\"", "\"SATISFACTION_RATE, 100, 0\"")
            .replace("\"REWORK_RATE, 10, 0\"", "\"REWORK_RATE, 0, 0\"")
            .replace("\"MEAN_RESPONSE_TIME, 10, 48\"", "\"MEAN_RESPONSE_TIME, 0, 48\"");
    Files.writeString(dir.resolve("grid-score-weights.drl.csv"), onlySatisfaction);
    DistrictSnapshot snapshot =
        Districts.snapshot(Districts.ratedOrders("W", ZHANQIAN_1, LIN, Q2, SATISFIED, UNSATISFIED));

    GovernanceEngine engine = GovernanceEngine.builder().rules(dir).build();
    double replaced =
        Evaluation.on(engine)
            .evaluate(snapshot, Q2)
            .grid(ZHANQIAN_1)
            .orElseThrow()
            .score()
            .getAsDouble();
    double byDefault =
        Evaluation.on(GovernanceEngine.builder().build())
            .evaluate(snapshot, Q2)
            .grid(ZHANQIAN_1)
            .orElseThrow()
            .score()
            .getAsDouble();

    assertThat(replaced).isEqualTo(50.0);
    assertThat(byDefault).isNotEqualTo(50.0);
    assertThat(engine.replacements())
        .singleElement()
        .asString()
        .contains("grid-score-weights.drl.csv replaces the default");
  }
}
