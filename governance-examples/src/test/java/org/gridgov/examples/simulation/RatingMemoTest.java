package org.gridgov.examples.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.core.evaluation.Satisfaction;
import org.gridgov.core.workorder.WorkOrderId;
import org.gridgov.rules.GovernanceEngine;
import org.gridgov.rules.decision.Decision;
import org.gridgov.rules.decision.RatingDecision;
import org.gridgov.rules.decision.RatingOutcome;
import org.gridgov.rules.fact.RatedOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rating rules' decisions reused for an equal case. */
class RatingMemoTest {

  @Test
  void decidesEveryRatingAsTheRulesDoAboutTheOrderRatedAndTellsTheAuditTrail() {
    List<Decision> audited = new ArrayList<>();
    GovernanceEngine engine = GovernanceEngine.builder().audit(audited::add).build();
    RatingMemo memo = new RatingMemo(engine);
    int ratings = 0;
    for (int order = 1; order <= 3; order++) {
      for (Satisfaction s : Satisfaction.values()) {
        for (int reopenings = s.isSatisfied() ? 0 : 1; reopenings <= 3; reopenings++) {
          for (boolean supervised : new boolean[] {false, true}) {
            RatedOrder rated =
                new RatedOrder(
                    WorkOrderId.of("WO-2024-0000" + order),
                    s,
                    s.isSatisfied(),
                    reopenings,
                    supervised);
            List<Decision> byMemo = memo.apply(List.of(rated));
            int before = audited.size();
            List<Decision> byRules = engine.decide(List.of(rated));

            assertThat(byMemo).isEqualTo(byRules).hasSize(1);
            assertThat(((RatingDecision) byMemo.get(0)).order()).isEqualTo(rated.order());
            assertThat(audited.subList(before - byMemo.size(), before)).isEqualTo(byMemo);
            ratings++;
          }
        }
      }
    }
    assertThat(audited).hasSize(2 * ratings);
    assertThat(audited)
        .extracting(d -> ((RatingDecision) d).outcome())
        .contains(RatingOutcome.CLOSE, RatingOutcome.REOPEN, RatingOutcome.REOPEN_AND_SUPERVISE);
  }

  @Test
  void decidesOnAnIntegratorsRatingTable(@TempDir Path rules) throws IOException {
    Files.writeString(
        rules.resolve("rating-outcomes.drl.csv"), SimulationRefusalsTest.EVERY_RATING_CLOSES);
    GovernanceEngine engine = GovernanceEngine.builder().rules(rules).build();
    RatingMemo memo = new RatingMemo(engine);
    for (String order : List.of("WO-2024-00001", "WO-2024-00002")) {
      RatedOrder unsatisfied =
          new RatedOrder(WorkOrderId.of(order), Satisfaction.UNSATISFIED, false, 3, true);

      List<Decision> decided = memo.apply(List.of(unsatisfied));

      assertThat(decided).isEqualTo(engine.decide(List.of(unsatisfied)));
      assertThat(decided)
          .containsExactly(
              new RatingDecision(
                  WorkOrderId.of(order),
                  RatingOutcome.CLOSE,
                  "an unsatisfied rating closes the order too"));
    }
  }
}
