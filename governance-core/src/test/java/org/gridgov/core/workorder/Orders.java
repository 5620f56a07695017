package org.gridgov.core.workorder;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.gridgov.core.evaluation.Rating;
import org.gridgov.core.evaluation.Satisfaction;
import org.gridgov.core.lists.Category;
import org.gridgov.core.lists.Channel;
import org.gridgov.core.lists.DemandId;
import org.gridgov.core.lists.MatterKind;
import org.gridgov.core.lists.Urgency;
import org.gridgov.core.organisation.UnitId;
import org.gridgov.core.people.PersonId;
import org.gridgov.core.territory.CompoundId;
import org.gridgov.core.territory.GridCode;

/** Orders in every status, made through the public commands, for the tests. */
final class Orders {

  static final Instant T0 = Instant.parse("2024-04-01T01:00:00Z");
  static final GridCode GRID = GridCode.of("350111001001001");
  static final Actor WORKER = Actor.person(PersonId.of("grid-worker-1"));
  static final Actor RESIDENT = Actor.person(PersonId.of("resident-1"));
  static final Actor RULE = Actor.system("escalateWhenAcceptDeadlinePassed");
  static final ResponsibleSubject PROPERTY =
      ResponsibleSubject.propertyCompany(UnitId.of("property-7"), "Minjiang Property");
  static final ResponsibleSubject HOUSING =
      ResponsibleSubject.districtUnit(UnitId.of("housing-bureau"), "District Housing Bureau");

  private Orders() {}

  static Report report(String id, GridCode grid) {
    return new Report(
        WorkOrderId.of(id),
        Origin.demand(DemandId.of("D-" + id)),
        Category.of("EVENT_PROPERTY_SERVICE"),
        MatterKind.AUTONOMY,
        Urgency.ROUTINE,
        Channel.CALL_GROUP,
        grid,
        Optional.of(CompoundId.of("compound-3")),
        "The lift of building 4 has been broken for a week");
  }

  static WorkOrder reported() {
    return WorkOrder.report(report("WO-17", GRID), RESIDENT, T0, "");
  }

  /** One hour after the order's last event. */
  static Instant next(WorkOrder order) {
    return order.lastEventAt().plus(Duration.ofHours(1));
  }

  static Rating rating(WorkOrder order, Satisfaction satisfaction) {
    return Rating.of(satisfaction, PersonId.of("resident-1"), next(order));
  }

  /** An order brought into a status by the shortest path of legal commands. */
  static WorkOrder in(WorkOrderStatus status) {
    WorkOrder order = reported();
    switch (status) {
      case REPORTED:
        return order;
      case DISPATCHED:
        return dispatched(order);
      case ACCEPTED:
        return accepted(order);
      case IN_PROGRESS:
        return inProgress(order);
      case RESOLVED:
        return resolved(order);
      case RATED:
        order = resolved(order);
        return order.rate(rating(order, Satisfaction.SATISFIED), RESIDENT, "").orElseThrow();
      case CLOSED:
        order = in(WorkOrderStatus.RATED);
        return order.close(WORKER, next(order), "").orElseThrow();
      case RETURNED:
        order = dispatched(order);
        return order.returnOrder(Actor.system("property"), next(order), "not ours").orElseThrow();
      case SUSPENDED:
        order = inProgress(order);
        return order.suspend(WORKER, next(order), "waiting for parts").orElseThrow();
      case REOPENED:
        order = resolved(order);
        return order.rate(rating(order, Satisfaction.UNSATISFIED), RESIDENT, "").orElseThrow();
      case CANCELLED:
        return order
            .cancel(CancellationReason.DUPLICATE, WORKER, next(order), "same as WO-16")
            .orElseThrow();
      default:
        throw new AssertionError(status);
    }
  }

  static WorkOrder dispatched(WorkOrder order) {
    Instant at = next(order);
    return order
        .dispatch(
            PROPERTY,
            Deadlines.of(at.plus(Duration.ofDays(1)), at.plus(Duration.ofDays(5))),
            WORKER,
            at,
            "lifts are the property company's")
        .orElseThrow();
  }

  static WorkOrder accepted(WorkOrder order) {
    order = dispatched(order);
    return order.accept(WORKER, next(order), "").orElseThrow();
  }

  static WorkOrder inProgress(WorkOrder order) {
    order = accepted(order);
    return order.start(WORKER, next(order), "").orElseThrow();
  }

  static WorkOrder resolved(WorkOrder order) {
    order = inProgress(order);
    return order.resolve(WORKER, next(order), "lift repaired").orElseThrow();
  }
}
