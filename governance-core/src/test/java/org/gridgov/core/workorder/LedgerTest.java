package org.gridgov.core.workorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.core.workorder.Orders.RESIDENT;
import static org.gridgov.core.workorder.Orders.WORKER;
import static org.gridgov.core.workorder.Orders.next;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.gridgov.core.calendar.Period;
import org.gridgov.core.calendar.YearQuarter;
import org.gridgov.core.lists.ProjectId;
import org.gridgov.core.territory.CommunityCode;
import org.gridgov.core.territory.GridCode;
import org.gridgov.core.territory.StreetCode;
import org.junit.jupiter.api.Test;

class LedgerTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final GridCode CHAYUAN_1 = GridCode.of("350111001001001");
  private static final GridCode CHAYUAN_2 = GridCode.of("350111001001002");
  private static final GridCode GUSHAN_1 = GridCode.of("350111102201001");

  private static WorkOrder reported(String id, GridCode grid, Instant at) {
    return WorkOrder.report(Orders.report(id, grid), RESIDENT, at, "");
  }

  private static WorkOrder closed(WorkOrder order) {
    order = Orders.resolved(order);
    return order.close(WORKER, next(order), "").orElseThrow();
  }

  private static WorkOrder cancelled(WorkOrder order) {
    return order.cancel(CancellationReason.DUPLICATE, WORKER, next(order), "").orElseThrow();
  }

  private final Instant april = Instant.parse("2024-04-10T02:00:00Z");

  private final List<WorkOrder> orders =
      List.of(
          closed(reported("WO-1", CHAYUAN_1, april)),
          Orders.resolved(reported("WO-2", CHAYUAN_1, april)),
          cancelled(reported("WO-3", CHAYUAN_2, april)),
          Orders.dispatched(reported("WO-4", GUSHAN_1, april)),
          closed(reported("WO-5", GUSHAN_1, april)));

  @Test
  void everyOrderFormedIsClosedOpenOrCancelled() {
    LedgerLine total = Ledger.of(orders, SHANGHAI).total();

    assertThat(total.formed()).isEqualTo(5);
    assertThat(total.closed()).isEqualTo(2);
    assertThat(total.open()).isEqualTo(2);
    assertThat(total.cancelled()).isEqualTo(1);
    assertThat(total.resolvedAwaitingRating()).isEqualTo(1);
    assertThat(total.kpis().due()).isEqualTo(4);
    assertThat(total.figures().closureRate().getAsDouble()).isEqualTo(0.5);
  }

  @Test
  void gridsRollUpIntoTheirCommunityAndStreet() {
    Ledger ledger = Ledger.of(orders, SHANGHAI);

    assertThat(ledger.byGrid()).containsOnlyKeys(CHAYUAN_1, CHAYUAN_2, GUSHAN_1);
    assertThat(ledger.byCommunity())
        .containsOnlyKeys(CommunityCode.of("350111001001"), CommunityCode.of("350111102201"));
    assertThat(ledger.byStreet().keySet())
        .containsExactly(StreetCode.of("350111001"), StreetCode.of("350111102"));
    LedgerLine chayuan = ledger.byStreet().get(StreetCode.of("350111001"));
    assertThat(chayuan)
        .isEqualTo(ledger.byGrid().get(CHAYUAN_1).plus(ledger.byGrid().get(CHAYUAN_2)));
    assertThat(chayuan.formed()).isEqualTo(3);
  }

  @Test
  void theDemandAndProjectListsAreReconciledApart() {
    WorkOrder project =
        WorkOrder.report(
            new Report(
                WorkOrderId.of("WO-9"),
                Origin.project(ProjectId.of("P-2024Q2-3")),
                Orders.report("WO-9", CHAYUAN_1).category(),
                Orders.report("WO-9", CHAYUAN_1).matterKind(),
                Orders.report("WO-9", CHAYUAN_1).urgency(),
                Orders.report("WO-9", CHAYUAN_1).channel(),
                CHAYUAN_1,
                java.util.Optional.empty(),
                "Add EV charging to compound 3"),
            WORKER,
            april,
            "agreed at the joint meeting");

    Ledger ledger = Ledger.of(List.of(orders.get(0), project), SHANGHAI);

    assertThat(ledger.byOrigin().get(OriginList.DEMAND).closed()).isEqualTo(1);
    assertThat(ledger.byOrigin().get(OriginList.PROJECT).open()).isEqualTo(1);
  }

  @Test
  void anOrderIsFormedOnItsReportDateInShanghai() {
    // 2024-03-31T17:30Z is 2024-04-01 01:30 in Shanghai: the second quarter, not the first.
    WorkOrder lateNight = reported("WO-8", CHAYUAN_1, Instant.parse("2024-03-31T17:30:00Z"));
    Ledger ledger = Ledger.of(List.of(lateNight), SHANGHAI);

    assertThat(ledger.within(YearQuarter.of(2024, 2).period()).total().formed()).isEqualTo(1);
    assertThat(ledger.within(YearQuarter.of(2024, 1).period()).total().formed()).isZero();
  }

  @Test
  void aPeriodsLedgerCountsOrdersAsTheyStoodAtTheEndOfItsLastDay() {
    // reported 2024-06-30 23:00 Shanghai, dispatched and closed in July
    WorkOrder order = reported("WO-7", CHAYUAN_1, Instant.parse("2024-06-30T15:00:00Z"));
    order = closed(order);

    Ledger q2 = Ledger.forPeriod(List.of(order), SHANGHAI, YearQuarter.of(2024, 2).period());

    assertThat(q2.total().formed()).isEqualTo(1);
    assertThat(q2.total().open()).isEqualTo(1);
    assertThat(q2.orders().get(0).status()).isEqualTo(WorkOrderStatus.REPORTED);
    assertThat(Ledger.of(List.of(order), SHANGHAI).total().closed()).isEqualTo(1);
  }

  @Test
  void ordersReportedAfterTheInstantAreNotInTheLedger() {
    Ledger ledger = Ledger.asOf(orders, SHANGHAI, april.minusSeconds(1));

    assertThat(ledger.total()).isEqualTo(LedgerLine.EMPTY);
    assertThat(ledger.byStreet()).isEmpty();
  }

  @Test
  void anOrderIsCountedOnce() {
    assertThatThrownBy(() -> Ledger.of(List.of(orders.get(0), orders.get(0)), SHANGHAI))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a ledger counts each order once, got order WO-1 twice");
  }

  @Test
  void ordersStandAtTheirEscalationLevel() {
    WorkOrder order = Orders.dispatched(reported("WO-6", CHAYUAN_1, april));
    order = order.escalateTo(EscalationLevel.STREET, WORKER, next(order), "").orElseThrow();

    LedgerLine line = Ledger.of(List.of(order, orders.get(0)), SHANGHAI).total();

    assertThat(line.byEscalationLevel())
        .containsEntry(EscalationLevel.STREET, 1)
        .containsEntry(EscalationLevel.GRID, 1)
        .containsEntry(EscalationLevel.JOINT_MEETING, 0);
  }

  @Test
  void aLineThatDoesNotBalanceIsRefused() {
    assertThatThrownBy(
            () ->
                new LedgerLine(
                    3,
                    1,
                    1,
                    0,
                    0,
                    0,
                    java.util.Map.of(EscalationLevel.GRID, 3),
                    org.gridgov.core.evaluation.KpiCounts.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "orders formed are closed, open or cancelled, got 3 formed but 1 closed, 1 open and 0"
                + " cancelled");
  }

  @Test
  void aPeriodOfOneDayIsEnough() {
    Ledger ledger = Ledger.of(orders, SHANGHAI);
    Period day =
        Period.of(java.time.LocalDate.of(2024, 4, 10), java.time.LocalDate.of(2024, 4, 10));

    assertThat(ledger.within(day).total().formed()).isEqualTo(5);
  }
}
