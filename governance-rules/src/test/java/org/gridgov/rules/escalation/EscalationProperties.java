package org.gridgov.rules.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.rules.GovernanceEngine;
import org.gridgov.rules.decision.EscalationStep;

class EscalationProperties {

  private static final SettableClock CLOCK = new SettableClock();
  private static final Escalation ESCALATION =
      Escalation.on(GovernanceEngine.builder().clock(CLOCK).build());

  /** Orders dispatched, accepted or in progress at Monday 2024-03-04 09:00. */
  @Provide
  Arbitrary<List<WorkOrder>> orders() {
    return Arbitraries.integers()
        .between(0, 2)
        .list()
        .ofMinSize(1)
        .ofMaxSize(6)
        .map(
            stages -> {
              List<WorkOrder> orders = new ArrayList<>();
              for (int i = 0; i < stages.size(); i++) {
                String id = "WO-" + i;
                orders.add(
                    switch (stages.get(i)) {
                      case 0 -> Orders.dispatched(ESCALATION, id);
                      case 1 -> Orders.accepted(ESCALATION, id);
                      default -> Orders.inProgress(ESCALATION, id);
                    });
              }
              return orders;
            });
  }

  private static EscalationSweep sweepAt(Instant at, List<WorkOrder> orders) {
    CLOCK.set(at);
    return ESCALATION.sweep(orders);
  }

  @Property(tries = 40)
  void escalationLevelsNeverDecreaseWhenSweepsAreAppliedAtAdvancingClocks(
      @ForAll("orders") List<WorkOrder> orders,
      @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 1, max = 60) Integer> hoursBetween) {
    Instant at = Orders.ACCEPTED.plus(Duration.ofMinutes(5));
    List<WorkOrder> current = orders;
    for (int hours : hoursBetween) {
      at = at.plus(Duration.ofHours(hours));
      List<WorkOrder> next = ESCALATION.apply(sweepAt(at, current), current).orders();

      for (int i = 0; i < current.size(); i++) {
        assertThat(next.get(i).escalationLevel())
            .isGreaterThanOrEqualTo(current.get(i).escalationLevel());
      }
      current = next;
    }
  }

  @Property(tries = 40)
  void decisionsAreTheSameForTheSameOrdersAndClock(
      @ForAll("orders") List<WorkOrder> orders, @ForAll @IntRange(min = 0, max = 400) int hours) {
    Instant at = Orders.ACCEPTED.plus(Duration.ofHours(hours));

    assertThat(sweepAt(at, orders)).isEqualTo(sweepAt(at, List.copyOf(orders)));
  }

  @Property(tries = 40)
  void atMostOneEscalationPerOrderPerSweep(
      @ForAll("orders") List<WorkOrder> orders,
      @ForAll @Size(min = 1, max = 6) List<@IntRange(min = 1, max = 80) Integer> hoursBetween) {
    Instant at = Orders.ACCEPTED.plus(Duration.ofMinutes(5));
    List<WorkOrder> current = orders;
    for (int hours : hoursBetween) {
      at = at.plus(Duration.ofHours(hours));
      EscalationSweep sweep = sweepAt(at, current);

      for (WorkOrder order : current) {
        assertThat(sweep.forOrder(order.id()))
            .filteredOn(EscalationStep.class::isInstance)
            .hasSizeLessThanOrEqualTo(1);
      }
      current = ESCALATION.apply(sweep, current).orders();
    }
  }
}
