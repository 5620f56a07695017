package org.gridgov.core.workorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.core.workorder.Orders.PROPERTY;
import static org.gridgov.core.workorder.Orders.RESIDENT;
import static org.gridgov.core.workorder.Orders.WORKER;
import static org.gridgov.core.workorder.Orders.next;

import java.time.Duration;
import java.time.Instant;
import org.gridgov.core.evaluation.KpiCounts;
import org.gridgov.core.evaluation.Satisfaction;
import org.junit.jupiter.api.Test;

class WorkOrderKpiTest {

  private static WorkOrder closedWith(Deadlines deadlines) {
    WorkOrder order = Orders.reported();
    order = order.dispatch(PROPERTY, deadlines, WORKER, next(order), "").orElseThrow();
    order = order.accept(WORKER, next(order), "").orElseThrow();
    order = order.start(WORKER, next(order), "").orElseThrow();
    order = order.resolve(WORKER, next(order), "").orElseThrow();
    order = order.rate(Orders.rating(order, Satisfaction.SATISFIED), RESIDENT, "").orElseThrow();
    return order.close(WORKER, next(order), "").orElseThrow();
  }

  @Test
  void anOrderResolvedBeforeItsDeadlineIsClosedOnTime() {
    WorkOrder order = closedWith(Deadlines.resolveBy(Orders.T0.plus(Duration.ofDays(2))));

    assertThat(order.kpiCounts().closedOnTime()).isEqualTo(1);
  }

  @Test
  void anOrderResolvedAfterItsDeadlineIsClosedLate() {
    WorkOrder order = closedWith(Deadlines.resolveBy(Orders.T0.plus(Duration.ofHours(2))));

    assertThat(order.kpiCounts().closed()).isEqualTo(1);
    assertThat(order.kpiCounts().closedOnTime()).isZero();
  }

  @Test
  void anOrderWithoutAResolveDeadlineIsNeverOnTime() {
    WorkOrder order = closedWith(Deadlines.NONE);

    assertThat(order.kpiCounts().closedOnTime()).isZero();
  }

  @Test
  void theResponseTimeRunsFromDispatchToAcceptance() {
    WorkOrder order = Orders.in(WorkOrderStatus.ACCEPTED);

    KpiCounts counts = order.kpiCounts();

    assertThat(counts.responses()).isEqualTo(1);
    assertThat(counts.totalResponseTime()).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void aReopenedAndClosedOrderCountsAsReworkedAndBothRatingsCount() {
    WorkOrder order = Orders.in(WorkOrderStatus.REOPENED);
    order = order.start(WORKER, next(order), "").orElseThrow();
    order = order.resolve(WORKER, next(order), "").orElseThrow();
    order =
        order
            .rate(Orders.rating(order, Satisfaction.BASICALLY_SATISFIED), RESIDENT, "")
            .orElseThrow();
    order = order.close(WORKER, next(order), "").orElseThrow();

    KpiCounts counts = order.kpiCounts();

    assertThat(counts.reworked()).isEqualTo(1);
    assertThat(counts.rated()).isEqualTo(2);
    assertThat(counts.basicallySatisfied()).isEqualTo(1);
    assertThat(counts.satisfied()).isZero();
  }

  @Test
  void aCancelledOrderCountsForNothing() {
    assertThat(Orders.in(WorkOrderStatus.CANCELLED).kpiCounts()).isEqualTo(KpiCounts.ZERO);
  }

  @Test
  void aSuspendedOrderIsDueButLeftOutOfTheClosureRate() {
    KpiCounts counts = Orders.in(WorkOrderStatus.SUSPENDED).kpiCounts();

    assertThat(counts.due()).isEqualTo(1);
    assertThat(counts.suspended()).isEqualTo(1);
    assertThat(counts.figures().closureRate()).isEmpty();
  }

  @Test
  void aReturnedAndRedispatchedOrderMeasuresTheResponseFromTheLastDispatch() {
    WorkOrder order = Orders.in(WorkOrderStatus.RETURNED);
    Instant at = next(order).plus(Duration.ofHours(5));
    order = order.dispatch(Orders.HOUSING, Deadlines.NONE, WORKER, at, "").orElseThrow();
    order = order.accept(WORKER, at.plus(Duration.ofMinutes(30)), "").orElseThrow();

    assertThat(order.kpiCounts().responses()).isEqualTo(1);
    assertThat(order.kpiCounts().totalResponseTime()).isEqualTo(Duration.ofMinutes(30));
  }
}
