package org.gridgov.rules.escalation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gridgov.core.calendar.WorkingCalendar;
import org.gridgov.core.lists.Category;
import org.gridgov.core.lists.Urgency;
import org.gridgov.core.workorder.Actor;
import org.gridgov.core.workorder.Deadlines;
import org.gridgov.core.workorder.Refusal;
import org.gridgov.core.workorder.Transition;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.core.workorder.WorkOrderId;
import org.gridgov.rules.GovernanceEngine;
import org.gridgov.rules.decision.Decision;
import org.gridgov.rules.decision.EscalationStep;
import org.gridgov.rules.decision.OrderDecision;
import org.gridgov.rules.decision.Reminder;
import org.gridgov.rules.decision.Supervision;
import org.gridgov.rules.decision.TimeLimit;
import org.gridgov.rules.fact.SlaQuery;
import org.gridgov.rules.fact.SweepContext;

/**
 * Escalation on a governance engine: the SLA table from its catalogue, the sweep through its rules.
 */
final class EngineEscalation implements Escalation {

  /** Higher priority first; among equals, the first rule name, so that the choice is stable. */
  private static final Comparator<TimeLimit> MOST_SPECIFIC_FIRST =
      Comparator.comparingInt(TimeLimit::priority).reversed().thenComparing(TimeLimit::rule);

  /** Orders decided in one session; a session of this many takes well under a second. */
  static final int CHUNK = 5_000;

  private static final Comparator<WorkOrderId> BY_ID = (a, b) -> a.value().compareTo(b.value());
  private static final Comparator<OrderDecision> BY_RULE =
      Comparator.comparing(OrderDecision::rule).thenComparing(Object::toString);

  private final GovernanceEngine engine;

  /** The time limits of the catalogue they were read from; replaced when the rules reload. */
  private volatile Limits limits;

  private record Key(String categoryCode, Urgency urgency) {}

  private record Limits(List<Decision> catalogue, Map<Key, TimeLimit> byKey) {}

  EngineEscalation(GovernanceEngine engine) {
    this.engine = Objects.requireNonNull(engine, "engine");
  }

  @Override
  public TimeLimit timeLimits(Category category, Urgency urgency) {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(urgency, "urgency");
    Map<Key, TimeLimit> byKey = limits().byKey();
    TimeLimit limit = byKey.get(new Key(category.code(), urgency));
    if (limit != null) {
      return limit;
    }
    TimeLimit any = byKey.get(new Key(SlaQuery.ANY_CATEGORY, urgency));
    if (any == null) {
      throw new IllegalStateException(
          "the SLA table has no time limit for category "
              + category
              + " at urgency "
              + urgency
              + ", nor a row for any category at that urgency");
    }
    return any.forCategory(category.code());
  }

  @Override
  public Deadlines deadlines(Category category, Urgency urgency, Instant dispatchedAt) {
    Objects.requireNonNull(dispatchedAt, "dispatchedAt");
    TimeLimit limit = timeLimits(category, urgency);
    if (engine.auditing()) {
      engine.auditReused(List.of(limit));
    }
    WorkingCalendar calendar = engine.calendar();
    Instant resolveBy = limit.resolve().after(dispatchedAt, calendar);
    return Deadlines.of(limit.accept().after(dispatchedAt, calendar), resolveBy)
        .withProvisional(calendar.isProvisional(dispatchedAt, resolveBy));
  }

  @Override
  public Deadlines deadlines(WorkOrder order) {
    return deadlines(order, engine.clock().instant());
  }

  @Override
  public EscalationSweep sweep(Collection<WorkOrder> openOrders) {
    return sweep(openOrders, engine.clock().instant());
  }

  @Override
  public EscalationSweep sweep(Collection<WorkOrder> openOrders, Instant at) {
    Objects.requireNonNull(openOrders, "openOrders");
    Objects.requireNonNull(at, "at");
    SweepFacts facts =
        new SweepFacts(engine.calendar(), java.time.Clock.fixed(at, java.time.ZoneOffset.UTC));
    SweepContext context = facts.context();
    List<List<Object>> open = new ArrayList<>();
    for (WorkOrder order : openOrders) {
      if (Objects.requireNonNull(order, "an order").status().isOpen()) {
        open.add(facts.of(order));
      }
    }
    return new EscalationSweep(context.now(), decide(context, open));
  }

  @Override
  public EscalationWatch watch() {
    return new EscalationWatch(this, engine);
  }

  /**
   * Fires the sweep rules over the facts of open orders, in sessions of {@link #CHUNK} orders.
   *
   * @param context the sweep's context
   * @param orders each order's facts, as {@link SweepFacts#of} makes them
   * @return the decisions per order, in order of the orders' ids, each order's by rule name
   */
  Map<WorkOrderId, List<OrderDecision>> decide(SweepContext context, List<List<Object>> orders) {
    Map<WorkOrderId, List<OrderDecision>> byOrder = new HashMap<>();
    for (int from = 0; from < orders.size(); from += CHUNK) {
      List<List<Object>> part = orders.subList(from, Math.min(orders.size(), from + CHUNK));
      List<Object> chunk = new ArrayList<>(1 + 3 * part.size());
      chunk.add(context);
      for (List<Object> facts : part) {
        chunk.addAll(facts);
      }
      for (Decision d : engine.decide(chunk)) {
        if (d instanceof OrderDecision od) {
          byOrder.computeIfAbsent(od.order(), id -> new ArrayList<>(4)).add(od);
        }
      }
    }
    WorkOrderId[] ids = byOrder.keySet().toArray(new WorkOrderId[0]);
    Arrays.sort(ids, BY_ID);
    Map<WorkOrderId, List<OrderDecision>> sorted = new LinkedHashMap<>(2 * ids.length);
    for (WorkOrderId id : ids) {
      List<OrderDecision> list = byOrder.get(id);
      list.sort(BY_RULE);
      sorted.put(id, List.copyOf(list));
    }
    return sorted;
  }

  @Override
  public AppliedSweep apply(EscalationSweep sweep, Collection<WorkOrder> orders) {
    Objects.requireNonNull(sweep, "sweep");
    Objects.requireNonNull(orders, "orders");
    List<WorkOrder> after = new ArrayList<>(orders.size());
    List<Refusal> refusals = new ArrayList<>();
    Instant at = sweep.at();
    for (WorkOrder order : orders) {
      WorkOrder current = order;
      for (OrderDecision d : sweep.forOrder(order.id())) {
        Actor by = Actor.system(d.rule());
        Transition t;
        if (d instanceof Reminder r) {
          t = current.remind(by, at, d.rule() + ": " + r.limit() + " limit due " + r.deadline());
        } else if (d instanceof EscalationStep step) {
          t = current.escalateTo(step.to(), by, at, d.rule() + ": " + step.limit() + " limit");
        } else if (d instanceof Supervision sup) {
          if (current.isSupervised() && !order.isSupervised()) {
            continue;
          }
          t = current.supervise(by, at, d.rule() + ": " + sup.reason());
        } else {
          continue;
        }
        current = t.order();
        t.findRefusal().ifPresent(refusals::add);
      }
      after.add(current);
    }
    return new AppliedSweep(after, refusals);
  }

  private Limits limits() {
    List<Decision> catalogue = engine.catalogue();
    Limits current = limits;
    if (current != null && current.catalogue() == catalogue) {
      return current;
    }
    Map<Key, TimeLimit> byKey = new HashMap<>();
    for (Decision d : catalogue) {
      if (d instanceof TimeLimit limit) {
        byKey.merge(
            new Key(limit.categoryCode(), limit.urgency()),
            limit,
            (a, b) -> MOST_SPECIFIC_FIRST.compare(a, b) <= 0 ? a : b);
      }
    }
    Limits fresh = new Limits(catalogue, Map.copyOf(byKey));
    limits = fresh;
    return fresh;
  }
}
