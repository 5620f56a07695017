package org.gridgov.core.workorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
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

  /** A command meant to work, or one that no order may take. */
  record Mixed(Lifecycle.Step valid, Lifecycle.BadStep bad) {
    @Override
    public String toString() {
      return valid != null ? valid.toString() : "bad " + bad;
    }
  }

  @Provide
  Arbitrary<List<Mixed>> mixedRuns() {
    return Arbitraries.frequencyOf(
            Tuple.of(3, Lifecycle.steps().map(s -> new Mixed(s, null))),
            Tuple.of(2, Lifecycle.badSteps().map(b -> new Mixed(null, b))))
        .list()
        .ofMaxSize(40);
  }

  @Property(tries = 500)
  void badCommandsAreRefusedAndTheOthersActAsIfTheBadOnesNeverCame(
      @ForAll("mixedRuns") List<Mixed> run) {
    WorkOrder order = Orders.reported();
    List<Lifecycle.Step> valid = new ArrayList<>();
    List<Boolean> applied = new ArrayList<>();
    for (Mixed m : run) {
      if (m.bad() != null) {
        WorkOrder before = order;
        List<WorkOrderEvent> history = List.copyOf(order.history());
        Optional<Refusal> refusal = Lifecycle.attempt(order, m.bad());
        refusal.ifPresent(
            r -> {
              assertThat(r.order()).isEqualTo(before.id());
              assertThat(r.status()).isEqualTo(before.status());
              assertThat(r.message()).contains(before.id().value());
            });
        assertThat(order.history()).isEqualTo(history);
        Statistics.label("bad").collect(m.bad().kind(), refusal.isPresent() ? "refused" : "thrown");
      } else {
        Transition t = Lifecycle.apply(order, m.valid());
        order = t.order();
        valid.add(m.valid());
        applied.add(t.isApplied());
      }
    }

    WorkOrder alone = Orders.reported();
    for (int i = 0; i < valid.size(); i++) {
      Transition t = Lifecycle.apply(alone, valid.get(i));
      assertThat(t.isApplied()).as("step %d, %s", i, valid.get(i)).isEqualTo(applied.get(i));
      alone = t.order();
    }
    assertThat(order).isEqualTo(alone);
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
