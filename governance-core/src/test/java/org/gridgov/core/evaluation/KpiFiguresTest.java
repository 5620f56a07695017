package org.gridgov.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class KpiFiguresTest {

  private static KpiCounts counts(int due, int suspended, int closed, int closedOnTime) {
    return new KpiCounts(due, suspended, closed, closedOnTime, 0, 0, 0, 0, 0, Duration.ZERO);
  }

  @Test
  void theReportsNineHundredSeventyFiveOfTwelveFortyTwoIsAClosureRateOf78Point5Percent() {
    KpiFigures figures = counts(1242, 0, 975, 900).figures();

    assertThat(figures.closureRate().getAsDouble()).isCloseTo(0.785, within(0.0005));
  }

  @Test
  void suspendedOrdersAreLeftOutOfTheClosureRate() {
    KpiFigures figures = counts(10, 2, 4, 4).figures();

    assertThat(figures.closureRate().getAsDouble()).isEqualTo(0.5);
  }

  @Test
  void aFigureWhoseDenominatorIsZeroIsEmpty() {
    KpiFigures figures = KpiCounts.ZERO.figures();

    assertThat(figures.closureRate()).isEmpty();
    assertThat(figures.onTimeClosureRate()).isEmpty();
    assertThat(figures.satisfactionRate()).isEmpty();
    assertThat(figures.reworkRate()).isEmpty();
    assertThat(figures.meanResponseTime()).isEmpty();
    for (Kpi kpi : Kpi.values()) {
      assertThat(figures.value(kpi)).isEmpty();
    }
  }

  @Test
  void basicallySatisfiedCountsAsSatisfied() {
    KpiCounts counts = new KpiCounts(4, 0, 4, 4, 4, 1, 2, 1, 0, Duration.ZERO);

    assertThat(counts.figures().satisfactionRate().getAsDouble()).isEqualTo(0.75);
    assertThat(counts.figures().reworkRate().getAsDouble()).isEqualTo(0.25);
  }

  @Test
  void theMeanResponseTimeIsTheTotalOverTheResponses() {
    KpiCounts counts = new KpiCounts(2, 0, 0, 0, 0, 0, 0, 0, 2, Duration.ofMinutes(90));

    assertThat(counts.figures().meanResponseTime()).contains(Duration.ofMinutes(45));
    assertThat(counts.figures().value(Kpi.MEAN_RESPONSE_TIME).getAsDouble()).isEqualTo(2700.0);
  }

  @Test
  void countsAddUpComponentByComponent() {
    KpiCounts a = new KpiCounts(3, 1, 2, 1, 2, 1, 1, 1, 3, Duration.ofHours(3));
    KpiCounts b = new KpiCounts(5, 0, 4, 4, 3, 2, 0, 0, 1, Duration.ofHours(1));

    assertThat(a.plus(b)).isEqualTo(new KpiCounts(8, 1, 6, 5, 5, 3, 1, 1, 4, Duration.ofHours(4)));
    assertThat(a.plus(KpiCounts.ZERO)).isEqualTo(a);
  }

  @Test
  void moreClosedOnTimeThanClosedIsRefused() {
    assertThatThrownBy(() -> counts(5, 0, 2, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("orders closed on time are among the closed ones, got 3 on time of 2 closed");
  }

  @Test
  void moreClosedAndSuspendedThanDueIsRefused() {
    assertThatThrownBy(() -> counts(3, 2, 2, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
