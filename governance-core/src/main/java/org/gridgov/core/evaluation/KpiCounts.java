package org.gridgov.core.evaluation;

import java.time.Duration;
import java.util.Objects;
import org.gridgov.core.common.Checks;
import org.gridgov.core.common.ValueRefusedException;

/**
 * The raw counts from which the {@link Kpi}s are computed. Counts are additive: the counts of a
 * street are the {@link #plus(KpiCounts) sum} of the counts of its communities.
 *
 * <p>The invariants below hold for one order's counts and therefore for every sum of them: {@code
 * closed + suspended <= due}, {@code closedOnTime <= closed}, {@code reworked <= closed} and {@code
 * satisfied + basicallySatisfied <= rated}.
 *
 * @param due orders that count towards the closure rate: every order formed and not cancelled
 * @param suspended due orders that are suspended (挂起), excluded from the closure rate's denominator
 * @param closed orders closed (销号)
 * @param closedOnTime closed orders that were resolved at or before their resolve-by deadline; a
 *     closed order without such a deadline is not on time
 * @param rated ratings given (评单), every rating of every due order, including the unsatisfied ones
 *     that reopened an order
 * @param satisfied ratings that were {@link Satisfaction#SATISFIED}
 * @param basicallySatisfied ratings that were {@link Satisfaction#BASICALLY_SATISFIED}
 * @param reworked closed orders that were returned (退单) or reopened at least once
 * @param responses acceptances (接单) that followed a dispatch (派单)
 * @param totalResponseTime the sum over those acceptances of the time from the dispatch before it;
 *     not negative
 */
public record KpiCounts(
    int due,
    int suspended,
    int closed,
    int closedOnTime,
    int rated,
    int satisfied,
    int basicallySatisfied,
    int reworked,
    int responses,
    Duration totalResponseTime) {

  /** No orders at all. */
  public static final KpiCounts ZERO = new KpiCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, Duration.ZERO);

  /** Checks that counts are not negative and that the invariants hold. */
  public KpiCounts {
    Checks.count(due, Checks.term("dueOrders"));
    Checks.count(suspended, Checks.term("suspendedOrders"));
    Checks.count(closed, Checks.term("closedOrders"));
    Checks.count(closedOnTime, Checks.term("onTimeClosedOrders"));
    Checks.count(rated, Checks.term("ratings"));
    Checks.count(satisfied, Checks.term("satisfiedRatings"));
    Checks.count(basicallySatisfied, Checks.term("basicallySatisfiedRatings"));
    Checks.count(reworked, Checks.term("reworkedOrders"));
    Checks.count(responses, Checks.term("responses"));
    Objects.requireNonNull(totalResponseTime, "the total response time is required");
    if (totalResponseTime.isNegative()) {
      throw ValueRefusedException.of("refused.KpiCounts.totalResponseTimeZero", totalResponseTime);
    }
    if (closed + suspended > due) {
      throw ValueRefusedException.of(
          "refused.KpiCounts.closedSuspendedOrdersAmong", closed, suspended, due);
    }
    if (closedOnTime > closed) {
      throw ValueRefusedException.of(
          "refused.KpiCounts.ordersClosedTimeAmong", closedOnTime, closed);
    }
    if (reworked > closed) {
      throw ValueRefusedException.of(
          "refused.KpiCounts.reworkedOrdersAmongClosed", reworked, closed);
    }
    if (satisfied + basicallySatisfied > rated) {
      throw ValueRefusedException.of(
          "refused.KpiCounts.satisfiedRatingsAmongAll", satisfied, basicallySatisfied, rated);
    }
    if (responses == 0 && !totalResponseTime.isZero()) {
      throw ValueRefusedException.of(
          "refused.KpiCounts.withoutResponsesTotalResponse", totalResponseTime);
    }
  }

  /**
   * Adds two sets of counts, component by component.
   *
   * @param other the counts to add
   * @return the sum
   * @throws ArithmeticException if a count overflows
   */
  public KpiCounts plus(KpiCounts other) {
    return new KpiCounts(
        Math.addExact(due, other.due),
        Math.addExact(suspended, other.suspended),
        Math.addExact(closed, other.closed),
        Math.addExact(closedOnTime, other.closedOnTime),
        Math.addExact(rated, other.rated),
        Math.addExact(satisfied, other.satisfied),
        Math.addExact(basicallySatisfied, other.basicallySatisfied),
        Math.addExact(reworked, other.reworked),
        Math.addExact(responses, other.responses),
        totalResponseTime.plus(other.totalResponseTime));
  }

  /**
   * The figures computed from these counts.
   *
   * @return the rates and the mean response time
   */
  public KpiFigures figures() {
    return KpiFigures.of(this);
  }
}
