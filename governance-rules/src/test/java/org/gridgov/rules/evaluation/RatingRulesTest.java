package org.gridgov.rules.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.rules.evaluation.Districts.LIN;
import static org.gridgov.rules.evaluation.Districts.Q1;
import static org.gridgov.rules.evaluation.Districts.RESIDENT;
import static org.gridgov.rules.evaluation.Districts.ZHANQIAN_1;

import java.time.Duration;
import java.time.Instant;
import org.gridgov.core.evaluation.Rating;
import org.gridgov.core.evaluation.Satisfaction;
import org.gridgov.core.workorder.Actor;
import org.gridgov.core.workorder.Transition;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.core.workorder.WorkOrderStatus;
import org.gridgov.rules.GovernanceEngine;
import org.gridgov.rules.decision.RatingDecision;
import org.gridgov.rules.decision.RatingOutcome;
import org.junit.jupiter.api.Test;

class RatingRulesTest {

  private static final Evaluation EVALUATION = Evaluation.on(GovernanceEngine.builder().build());

  private static final Instant T0 = Districts.in(Q1, 1);

  private static WorkOrder resolved() {
    return Districts.resolved("WO-1", ZHANQIAN_1, LIN, T0);
  }

  private static Rating rating(Satisfaction s, int day) {
    return Rating.of(s, RESIDENT, T0.plus(Duration.ofDays(day)));
  }

  /** Reopened by an unsatisfied rating, worked on again and resolved again. */
  private static WorkOrder resolvedAgainAfterAReopening() {
    Actor lin = Actor.person(LIN);
    return resolved()
        .rate(rating(Satisfaction.UNSATISFIED, 2), Actor.person(RESIDENT), "")
        .orElseThrow()
        .start(lin, T0.plus(Duration.ofDays(3)), "")
        .orElseThrow()
        .resolve(lin, T0.plus(Duration.ofDays(4)), "换了灯具")
        .orElseThrow();
  }

  @Test
  void aSatisfiedRatingClosesTheOrder() {
    RatingDecision decision = EVALUATION.onRating(resolved(), rating(Satisfaction.SATISFIED, 2));

    assertThat(decision.outcome()).isEqualTo(RatingOutcome.CLOSE);
    assertThat(decision.rule()).isEqualTo("a satisfied rating closes the order");
  }

  @Test
  void aBasicallySatisfiedRatingClosesTheOrderToo() {
    RatingDecision decision =
        EVALUATION.onRating(resolved(), rating(Satisfaction.BASICALLY_SATISFIED, 2));

    assertThat(decision.outcome()).isEqualTo(RatingOutcome.CLOSE);
    assertThat(decision.rule()).isEqualTo("a satisfied rating closes the order");
  }

  @Test
  void anUnsatisfiedRatingReopensTheOrder() {
    RatingDecision decision = EVALUATION.onRating(resolved(), rating(Satisfaction.UNSATISFIED, 2));

    assertThat(decision.outcome()).isEqualTo(RatingOutcome.REOPEN);
    assertThat(decision.rule()).isEqualTo("an unsatisfied rating reopens the order");
  }

  @Test
  void theSecondReopeningPutsTheOrderUnderSupervision() {
    RatingDecision decision =
        EVALUATION.onRating(resolvedAgainAfterAReopening(), rating(Satisfaction.UNSATISFIED, 5));

    assertThat(decision.outcome()).isEqualTo(RatingOutcome.REOPEN_AND_SUPERVISE);
    assertThat(decision.rule()).isEqualTo("the second reopening puts the order under supervision");
  }

  @Test
  void aSatisfiedRatingAfterAReopeningStillClosesTheOrder() {
    RatingDecision decision =
        EVALUATION.onRating(resolvedAgainAfterAReopening(), rating(Satisfaction.SATISFIED, 5));

    assertThat(decision.outcome()).isEqualTo(RatingOutcome.CLOSE);
  }

  @Test
  void applyingACloseDecisionRatesAndClosesTheOrderInTheRulesName() {
    Transition t = EVALUATION.rate(resolved(), rating(Satisfaction.SATISFIED, 2));

    assertThat(t.isApplied()).isTrue();
    assertThat(t.order().status()).isEqualTo(WorkOrderStatus.CLOSED);
    assertThat(t.order().ratings()).hasSize(1);
    assertThat(t.producedEvent().orElseThrow().actor())
        .isEqualTo(Actor.system("a satisfied rating closes the order"));
    assertThat(t.producedEvent().orElseThrow().reason())
        .isEqualTo("a satisfied rating closes the order");
  }

  @Test
  void applyingAReopenDecisionLeavesTheOrderReopenedAndNotSupervised() {
    Transition t = EVALUATION.rate(resolved(), rating(Satisfaction.UNSATISFIED, 2));

    assertThat(t.order().status()).isEqualTo(WorkOrderStatus.REOPENED);
    assertThat(t.order().isSupervised()).isFalse();
  }

  @Test
  void applyingASupervisionDecisionReopensAndSupervisesTheOrder() {
    Transition t =
        EVALUATION.rate(resolvedAgainAfterAReopening(), rating(Satisfaction.UNSATISFIED, 5));

    assertThat(t.isApplied()).isTrue();
    assertThat(t.order().status()).isEqualTo(WorkOrderStatus.REOPENED);
    assertThat(t.order().reopenings()).isEqualTo(2);
    assertThat(t.order().isSupervised()).isTrue();
  }

  @Test
  void aRatingOfAnOrderNotYetResolvedIsRefusedByTheLifecycle() {
    WorkOrder reported = Districts.reported("WO-2", ZHANQIAN_1, T0);

    Transition t = EVALUATION.rate(reported, rating(Satisfaction.SATISFIED, 2));

    assertThat(t.isApplied()).isFalse();
    assertThat(t.order()).isEqualTo(reported);
  }
}
