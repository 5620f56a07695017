package org.gridgov.rules.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.rules.escalation.TimeLimitsTest.shanghai;

import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.core.workorder.WorkOrderId;
import org.gridgov.rules.GovernanceEngine;
import org.gridgov.rules.decision.Reminder;
import org.gridgov.rules.decision.TrafficLight;
import org.junit.jupiter.api.Test;

/**
 * How a watch files the orders put into it: an order put again is looked at once at the next sweep,
 * even when that sweep is also past the watch point it was waiting for, and an order no longer
 * watched is not looked at.
 */
class EscalationWatchTest {

  private final SettableClock clock = new SettableClock();
  private final Escalation escalation =
      Escalation.on(GovernanceEngine.builder().clock(clock).build());

  @Test
  void anOrderPutAgainBeforeItsWatchPointIsLookedAtOnceWhenTheSweepPassesIt() {
    WorkOrder order = Orders.dispatched(escalation, "WO-1");
    EscalationWatch watch = escalation.watch();
    watch.put(order);
    clock.set(shanghai("2024-03-04T10:00"));
    assertThat(watch.sweep().forOrder(order.id()))
        .hasSize(1)
        .first()
        .isInstanceOf(TrafficLight.class);

    watch.put(order);
    clock.set(shanghai("2024-03-05T16:00"));
    EscalationSweep sweep = watch.sweep();

    assertThat(sweep.decisions()).containsOnlyKeys(order.id());
    assertThat(sweep.all(Reminder.class)).hasSize(1);
    assertThat(sweep.all(TrafficLight.class)).hasSize(1);
  }

  @Test
  void anOrderNotChangedIsNotLookedAtBetweenWatchPoints() {
    WorkOrder order = Orders.dispatched(escalation, "WO-1");
    EscalationWatch watch = escalation.watch();
    watch.put(order);
    clock.set(shanghai("2024-03-04T10:00"));
    watch.sweep();

    clock.set(shanghai("2024-03-04T11:00"));

    assertThat(watch.sweep().decisions()).isEmpty();
    assertThat(watch.size()).isEqualTo(1);
  }

  @Test
  void anOrderRemovedAfterItWasPutIsNotLookedAt() {
    WorkOrder first = Orders.dispatched(escalation, "WO-1");
    WorkOrder second = Orders.dispatched(escalation, "WO-2");
    EscalationWatch watch = escalation.watch();
    watch.putAll(java.util.List.of(first, second));
    clock.set(shanghai("2024-03-04T10:00"));
    watch.sweep();
    watch.put(first);
    watch.put(second);

    assertThat(watch.remove(WorkOrderId.of("WO-1"))).isTrue();
    clock.set(shanghai("2024-03-05T16:00"));
    EscalationSweep sweep = watch.sweep();

    assertThat(sweep.decisions()).containsOnlyKeys(second.id());
    assertThat(watch.size()).isEqualTo(1);
    assertThat(watch.get(first.id())).isEmpty();
  }
}
