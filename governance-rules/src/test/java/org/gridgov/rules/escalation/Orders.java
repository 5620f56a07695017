package org.gridgov.rules.escalation;

import static org.gridgov.rules.escalation.TimeLimitsTest.shanghai;

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
import org.gridgov.core.territory.GridCode;
import org.gridgov.core.workorder.Actor;
import org.gridgov.core.workorder.Origin;
import org.gridgov.core.workorder.Report;
import org.gridgov.core.workorder.ResponsibleSubject;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.core.workorder.WorkOrderId;

/**
 * Work orders for the sweep tests. A routine property order dispatched on Monday 2024-03-04 at
 * 09:00 (Asia/Shanghai) is due to be accepted by Tuesday 17:30 (13.5 working hours) and resolved by
 * Monday 03-11 17:30 (41.5 working hours).
 */
final class Orders {

  static final Instant REPORTED = shanghai("2024-03-04T08:40");
  static final Instant DISPATCHED = shanghai("2024-03-04T09:00");
  static final Instant ACCEPTED = shanghai("2024-03-04T10:00");
  static final Actor WORKER = Actor.person(PersonId.of("grid-worker-1"));
  static final Actor RESIDENT = Actor.person(PersonId.of("resident-1"));
  static final ResponsibleSubject PROPERTY =
      ResponsibleSubject.propertyCompany(UnitId.of("property-7"), "Minjiang Property");

  private Orders() {}

  static WorkOrder reported(String id) {
    return WorkOrder.report(
        new Report(
            WorkOrderId.of(id),
            Origin.demand(DemandId.of("D-" + id)),
            Category.of("SERVICE_PROPERTY"),
            MatterKind.AUTONOMY,
            Urgency.ROUTINE,
            Channel.CALL_GROUP,
            GridCode.of("350111001001001"),
            Optional.empty(),
            "The lift of building 4 has been broken for a week"),
        RESIDENT,
        REPORTED,
        "");
  }

  static WorkOrder dispatched(Escalation escalation, String id) {
    WorkOrder order = reported(id);
    return order
        .dispatch(PROPERTY, escalation.deadlines(order, DISPATCHED), WORKER, DISPATCHED, "")
        .orElseThrow();
  }

  static WorkOrder accepted(Escalation escalation, String id) {
    return dispatched(escalation, id).accept(WORKER, ACCEPTED, "").orElseThrow();
  }

  static WorkOrder inProgress(Escalation escalation, String id) {
    return accepted(escalation, id).start(WORKER, ACCEPTED.plusSeconds(60), "").orElseThrow();
  }

  /** Resolved and rated unsatisfied, so reopened, at the given times. */
  static WorkOrder reopened(WorkOrder inProgress, Instant resolvedAt, Instant ratedAt) {
    WorkOrder resolved = inProgress.resolve(WORKER, resolvedAt, "fixed").orElseThrow();
    return resolved
        .rate(
            Rating.of(Satisfaction.UNSATISFIED, PersonId.of("resident-1"), ratedAt),
            RESIDENT,
            "still broken")
        .orElseThrow();
  }
}
