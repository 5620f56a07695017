package org.gridgov.core.workorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.core.workorder.Orders.WORKER;
import static org.gridgov.core.workorder.Orders.next;

import java.time.Instant;
import java.util.List;
import org.gridgov.core.common.Messages;
import org.gridgov.core.common.Refused;
import org.junit.jupiter.api.Test;

/** A work order's refusals read in Chinese, with the order's id, statuses and times as values. */
class RefusalInChineseTest {

  @Test
  void acceptingAReportedOrderIsRefusedInChineseNamingTheCommandAndTheStatus() {
    WorkOrder order = Orders.reported();

    Refusal refusal = order.accept(WORKER, next(order), "").findRefusal().orElseThrow();

    assertThat(refusal.message())
        .isEqualTo("order WO-17 cannot be accepted: it is REPORTED; accept needs DISPATCHED");
    assertThat(refusal.describe(Messages.CHINESE))
        .isEqualTo("工单 WO-17 不能受理：当前状态为已上报（REPORTED），受理需要状态 DISPATCHED");
  }

  @Test
  void aCommandLegalFromSeveralStatusesNamesThemWithAChineseOr() {
    WorkOrder order = Orders.in(WorkOrderStatus.CLOSED);

    Refusal refusal = order.escalate(WORKER, next(order), "").findRefusal().orElseThrow();

    assertThat(refusal.message()).contains(" or ");
    assertThat(refusal.describe(Messages.CHINESE)).contains(" 或 ").doesNotContain(" or ");
  }

  @Test
  void aCommandBeforeTheLastEventIsRefusedInChineseWithBothTimes() {
    WorkOrder order = Orders.in(WorkOrderStatus.DISPATCHED);
    Instant earlier = order.lastEventAt().minusSeconds(1);

    Refusal refusal = order.accept(WORKER, earlier, "").findRefusal().orElseThrow();

    assertThat(refusal.describe(Messages.CHINESE))
        .isEqualTo("工单 WO-17 不能在 " + earlier + " 受理：其最后一个事件发生在 " + order.lastEventAt() + "，事件不能回溯");
  }

  @Test
  void aHistoryThatCannotBeReplayedSaysWhyInChinese() {
    WorkOrder reported = Orders.reported();
    WorkOrderEvent accepted =
        new WorkOrderEvent.Accepted(reported.id(), 2, next(reported), WORKER, "");
    List<WorkOrderEvent> history = List.of(reported.history().get(0), accepted);

    assertThatThrownBy(() -> WorkOrders.replay(history))
        .isInstanceOf(IllegalArgumentException.class)
        .isInstanceOf(Refused.class)
        .satisfies(
            e ->
                assertThat(((Refused) e).describe(Messages.CHINESE))
                    .isEqualTo("事件 2 无法重放：工单 WO-17 不能受理：当前状态为已上报（REPORTED），受理需要状态 DISPATCHED"));
  }
}
