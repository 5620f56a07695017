package org.gridgov.core.evaluation;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The figures computed from {@link KpiCounts}: four rates between 0 and 1 and a mean response time.
 *
 * <p>A figure whose denominator is zero is <em>empty</em>, not 0 and not 1: a community with no
 * closed orders has no on-time closure rate rather than a perfect or a failing one. Reports show
 * such a figure as "—".
 *
 * @param closureRate {@link Kpi#CLOSURE_RATE}: closed / (due − suspended), empty when nothing is
 *     due that is not suspended
 * @param onTimeClosureRate {@link Kpi#ON_TIME_CLOSURE_RATE}: closed on time / closed, empty when
 *     nothing was closed
 * @param satisfactionRate {@link Kpi#SATISFACTION_RATE}: (satisfied + basically satisfied) / rated,
 *     empty when nothing was rated
 * @param reworkRate {@link Kpi#REWORK_RATE}: reworked / closed, empty when nothing was closed
 * @param meanResponseTime {@link Kpi#MEAN_RESPONSE_TIME}: total response time / responses, rounded
 *     down to the nanosecond, empty when there were no responses
 */
public record KpiFigures(
    OptionalDouble closureRate,
    OptionalDouble onTimeClosureRate,
    OptionalDouble satisfactionRate,
    OptionalDouble reworkRate,
    Optional<Duration> meanResponseTime) {

  /** Checks that every figure is present or explicitly empty and rates lie between 0 and 1. */
  public KpiFigures {
    requireRate(closureRate, "a closure rate");
    requireRate(onTimeClosureRate, "an on-time closure rate");
    requireRate(satisfactionRate, "a satisfaction rate");
    requireRate(reworkRate, "a rework rate");
    Objects.requireNonNull(meanResponseTime, "a mean response time is required, maybe empty");
  }

  private static void requireRate(OptionalDouble rate, String what) {
    Objects.requireNonNull(rate, () -> what + " is required, maybe empty");
    rate.ifPresent(
        r -> {
          if (!(r >= 0.0 && r <= 1.0)) {
            throw new IllegalArgumentException(what + " is between 0 and 1, got " + r);
          }
        });
  }

  /**
   * Computes the figures.
   *
   * @param counts the raw counts
   * @return the figures, each empty where its denominator is zero
   */
  public static KpiFigures of(KpiCounts counts) {
    Objects.requireNonNull(counts, "counts");
    return new KpiFigures(
        ratio(counts.closed(), counts.due() - counts.suspended()),
        ratio(counts.closedOnTime(), counts.closed()),
        ratio(counts.satisfied() + counts.basicallySatisfied(), counts.rated()),
        ratio(counts.reworked(), counts.closed()),
        counts.responses() == 0
            ? Optional.empty()
            : Optional.of(counts.totalResponseTime().dividedBy(counts.responses())));
  }

  private static OptionalDouble ratio(int numerator, int denominator) {
    return denominator == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of((double) numerator / denominator);
  }

  /**
   * One figure by its KPI, as a number: a rate between 0 and 1, or the mean response time in
   * seconds.
   *
   * @param kpi the measure
   * @return its value, empty where its denominator is zero
   */
  public OptionalDouble value(Kpi kpi) {
    switch (Objects.requireNonNull(kpi, "kpi")) {
      case CLOSURE_RATE:
        return closureRate;
      case ON_TIME_CLOSURE_RATE:
        return onTimeClosureRate;
      case SATISFACTION_RATE:
        return satisfactionRate;
      case REWORK_RATE:
        return reworkRate;
      case MEAN_RESPONSE_TIME:
        return meanResponseTime
            .map(d -> OptionalDouble.of(d.getSeconds() + d.getNano() / 1e9))
            .orElse(OptionalDouble.empty());
      default:
        throw new AssertionError(kpi);
    }
  }
}
