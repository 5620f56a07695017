package org.gridgov.rules.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.gridgov.core.lists.Category;
import org.gridgov.core.lists.Channel;
import org.gridgov.core.lists.DemandId;
import org.gridgov.core.lists.MatterKind;
import org.gridgov.core.lists.Urgency;
import org.gridgov.core.territory.GridCode;
import org.gridgov.core.workorder.Origin;
import org.gridgov.core.workorder.Report;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.core.workorder.WorkOrderId;
import org.gridgov.rules.GovernanceEngine;
import org.gridgov.rules.decision.AgendaItem;
import org.gridgov.rules.decision.OrderDecision;
import org.gridgov.rules.decision.TrafficLight;

/**
 * A watch reports what a full sweep over all open orders reports at the same instants: the same
 * reminders, escalations and supervision, the same agenda on the quarter's last working day, and a
 * traffic light for every order whose light may have changed, while the host applies some sweeps
 * and not others.
 */
class EscalationWatchProperties {

  private static final SettableClock CLOCK = new SettableClock();
  private static final Escalation ESCALATION =
      Escalation.on(GovernanceEngine.builder().clock(CLOCK).build());
  private static final List<String> CATEGORIES =
      List.of("SERVICE_PROPERTY", "EVENT_EMERGENCY", "SERVICE_DISPUTE", "COMPONENT_OTHER");

  /** An order's stage and timing: dispatched some minutes after Monday 2024-03-04 09:00. */
  record Plan(String category, Urgency urgency, int dispatchMinutes, int stage) {}

  @Provide
  Arbitrary<List<Plan>> plans() {
    return Combinators.combine(
            Arbitraries.of(CATEGORIES),
            Arbitraries.of(Urgency.class),
            Arbitraries.integers().between(0, 60 * 24 * 12),
            Arbitraries.integers().between(0, 3))
        .as(Plan::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(12);
  }

  private static WorkOrder order(int i, Plan plan) {
    Instant reported = Orders.DISPATCHED.plus(Duration.ofMinutes(plan.dispatchMinutes()));
    Instant dispatched = reported.plus(Duration.ofMinutes(20));
    WorkOrder order =
        WorkOrder.report(
            new Report(
                WorkOrderId.of("WO-" + i),
                Origin.demand(DemandId.of("D-" + i)),
                Category.of(plan.category()),
                MatterKind.AUTONOMY,
                plan.urgency(),
                Channel.CALL_GROUP,
                GridCode.of("350111001001001"),
                Optional.empty(),
                "order " + i),
            Orders.RESIDENT,
            reported,
            "");
    order =
        order
            .dispatch(
                Orders.PROPERTY,
                ESCALATION.deadlines(order, dispatched),
                Orders.WORKER,
                dispatched,
                "")
            .orElseThrow();
    Instant later = dispatched.plus(Duration.ofMinutes(30));
    if (plan.stage() >= 1) {
      order = order.accept(Orders.WORKER, later, "").orElseThrow();
    }
    if (plan.stage() >= 2) {
      order = order.start(Orders.WORKER, later.plusSeconds(60), "").orElseThrow();
    }
    if (plan.stage() >= 3) {
      order = Orders.reopened(order, later.plusSeconds(3600), later.plusSeconds(7200));
    }
    return order;
  }

  @Property(tries = 25)
  void aWatchReportsWhatAFullSweepReports(
      @ForAll("plans") List<Plan> plans,
      @ForAll @IntRange(min = 0, max = 26) int startDay,
      @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 1, max = 30) Integer> hoursBetween,
      @ForAll @Size(max = 10) List<Boolean> applied) {
    List<WorkOrder> orders = new ArrayList<>();
    for (int i = 0; i < plans.size(); i++) {
      orders.add(order(i, plans.get(i)));
    }
    EscalationWatch watch = ESCALATION.watch();
    watch.putAll(orders);
    Map<WorkOrderId, TrafficLight.Colour> lights = new HashMap<>();
    java.util.Set<WorkOrderId> onAgenda = new java.util.HashSet<>();
    Instant at = Orders.DISPATCHED.plus(Duration.ofDays(startDay));
    for (int s = 0; s < hoursBetween.size(); s++) {
      at = at.plus(Duration.ofHours(hoursBetween.get(s)));
      CLOCK.set(at);
      EscalationSweep full = ESCALATION.sweep(orders);
      EscalationSweep watched = watch.sweep();

      for (WorkOrder o : orders) {
        assertThat(actionable(watched.forOrder(o.id())))
            .as("%s at %s", o.id(), at)
            .isEqualTo(actionable(full.forOrder(o.id())));
        watched.all(TrafficLight.class).forEach(l -> lights.put(l.order(), l.colour()));
      }
      for (TrafficLight light : full.all(TrafficLight.class)) {
        assertThat(lights.get(light.order()))
            .as("light of %s at %s", light.order(), at)
            .isEqualTo(light.colour());
      }
      List<AgendaItem> agenda = full.all(AgendaItem.class);
      List<AgendaItem> watchedAgenda = watched.all(AgendaItem.class);
      watchedAgenda.forEach(a -> onAgenda.add(a.order()));
      if (!watchedAgenda.equals(agenda)) {
        assertThat(s).as("the whole agenda is reported at the first sweep of the day").isPositive();
        assertThat(agenda).as("later sweeps that day repeat it in part").containsAll(watchedAgenda);
      }
      for (AgendaItem a : agenda) {
        assertThat(onAgenda)
            .as("%s reported on the agenda that day", a.order())
            .contains(a.order());
      }
      if (s < applied.size() && applied.get(s)) {
        List<WorkOrder> next = ESCALATION.apply(full, orders).orders();
        for (int i = 0; i < next.size(); i++) {
          if (!next.get(i).equals(orders.get(i))) {
            watch.put(next.get(i));
          }
        }
        orders = next;
      }
    }
  }

  private static List<OrderDecision> actionable(List<OrderDecision> decisions) {
    return decisions.stream()
        .filter(d -> !(d instanceof TrafficLight) && !(d instanceof AgendaItem))
        .toList();
  }
}
