package org.gridgov.core.workorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

class WorkOrderLifecycleProperties {

  /**
   * Status changes the transition table allows, written out again; "A>A" for commands that keep it.
   */
  private static final Set<String> STATUS_CHANGES =
      Set.of(
          "REPORTED>DISPATCHED",
          "RETURNED>DISPATCHED",
          "DISPATCHED>ACCEPTED",
          "ACCEPTED>IN_PROGRESS",
          "REOPENED>IN_PROGRESS",
          "IN_PROGRESS>RESOLVED",
          "RESOLVED>RATED",
          "RESOLVED>REOPENED",
          "RATED>CLOSED",
          "RESOLVED>CLOSED",
          "DISPATCHED>RETURNED",
          "ACCEPTED>RETURNED",
          "REPORTED>SUSPENDED",
          "RETURNED>SUSPENDED",
          "DISPATCHED>SUSPENDED",
          "ACCEPTED>SUSPENDED",
          "IN_PROGRESS>SUSPENDED",
          "REOPENED>SUSPENDED",
          "SUSPENDED>REPORTED",
          "SUSPENDED>RETURNED",
          "SUSPENDED>DISPATCHED",
          "SUSPENDED>ACCEPTED",
          "SUSPENDED>IN_PROGRESS",
          "SUSPENDED>REOPENED",
          "REPORTED>CANCELLED",
          "DISPATCHED>CANCELLED",
          "ACCEPTED>CANCELLED",
          "IN_PROGRESS>CANCELLED",
          "RESOLVED>CANCELLED",
          "RATED>CANCELLED",
          "RETURNED>CANCELLED",
          "SUSPENDED>CANCELLED",
          "REOPENED>CANCELLED");

  @Provide
  Arbitrary<List<Lifecycle.Step>> runs() {
    return Lifecycle.runs();
  }

  @Property
  void anyRunOfCommandsLeavesTheOrderInAStatusReachableFromReported(
      @ForAll("runs") List<Lifecycle.Step> steps) {
    WorkOrder order = Lifecycle.run(Orders.reported(), steps);

    assertThat(reachableFromReported()).contains(order.status());
    Statistics.collect(order.status());
  }

  @Property
  void everyAppliedCommandFollowsTheTableAndEveryRefusedOneChangesNothing(
      @ForAll("runs") List<Lifecycle.Step> steps) {
    WorkOrder order = Orders.reported();
    for (Lifecycle.Step step : steps) {
      WorkOrder before = order;
      Transition transition = Lifecycle.apply(before, step);
      order = transition.order();
      if (transition.isApplied()) {
        String change = before.status() + ">" + order.status();
        assertThat(before.status() == order.status() || STATUS_CHANGES.contains(change))
            .as("%s by %s", change, step.op())
            .isTrue();
        assertThat(order.history()).hasSize(before.history().size() + 1);
        assertThat(order.lastEventAt()).isAfterOrEqualTo(before.lastEventAt());
      } else {
        assertThat(order).isEqualTo(before).isSameAs(before);
      }
    }
  }

  @Property
  void theEscalationLevelNeverDecreases(@ForAll("runs") List<Lifecycle.Step> steps) {
    WorkOrder order = Orders.reported();
    for (Lifecycle.Step step : steps) {
      WorkOrder next = Lifecycle.apply(order, step).order();
      assertThat(next.escalationLevel()).isGreaterThanOrEqualTo(order.escalationLevel());
      order = next;
    }
  }

  @Property
  void theHistoryReplaysToTheSameOrder(@ForAll("runs") List<Lifecycle.Step> steps) {
    WorkOrder order = Lifecycle.run(Orders.reported(), steps);

    assertThat(WorkOrders.replay(order.history())).isEqualTo(order);
  }

  @Property(tries = 200)
  void everyPrefixOfTheHistoryIsTheOrderAsOfItsLastEvent(
      @ForAll("runs") List<Lifecycle.Step> steps) {
    WorkOrder order = Lifecycle.run(Orders.reported(), steps);

    for (int n = 1; n <= order.history().size(); n++) {
      WorkOrder prefix = WorkOrders.replay(order.history().subList(0, n));
      WorkOrder asOf = order.asOf(prefix.lastEventAt()).orElseThrow();
      // several events may share an instant; asOf then includes all of them
      assertThat(asOf.history()).startsWith(prefix.history().toArray(new WorkOrderEvent[0]));
    }
  }

  private static Set<WorkOrderStatus> reachableFromReported() {
    Set<WorkOrderStatus> seen = EnumSet.of(WorkOrderStatus.REPORTED);
    Deque<WorkOrderStatus> todo = new ArrayDeque<>(seen);
    while (!todo.isEmpty()) {
      WorkOrderStatus from = todo.pop();
      for (String change : STATUS_CHANGES) {
        String[] parts = change.split(">");
        WorkOrderStatus to = WorkOrderStatus.valueOf(parts[1]);
        if (parts[0].equals(from.name()) && seen.add(to)) {
          todo.push(to);
        }
      }
    }
    return seen;
  }
}
