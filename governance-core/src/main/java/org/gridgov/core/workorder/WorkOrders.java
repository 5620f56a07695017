package org.gridgov.core.workorder;

import java.util.List;
import java.util.Objects;

/** Operations on work orders as a whole, such as rebuilding one from its journal. */
public final class WorkOrders {

  private WorkOrders() {}

  /**
   * Rebuilds an order from its events, checking each against the transition table as the command
   * that produced it was checked. The result equals the order whose history the events are.
   *
   * @param events the order's events, oldest first: a {@link WorkOrderEvent.Reported} event, then
   *     events of the same order numbered on from 2
   * @return the order
   * @throws IllegalArgumentException if the events are empty, do not start with a report, belong to
   *     different orders, are numbered out of sequence, or contain a transition the order would
   *     have refused
   */
  public static WorkOrder replay(List<WorkOrderEvent> events) {
    Objects.requireNonNull(events, "events");
    if (events.isEmpty()) {
      throw new IllegalArgumentException(
          "an order's history starts with its report, got no events");
    }
    if (!(events.get(0) instanceof WorkOrderEvent.Reported)) {
      throw new IllegalArgumentException(
          "an order's history starts with its report, got " + events.get(0).type());
    }
    WorkOrder order = WorkOrder.reported((WorkOrderEvent.Reported) events.get(0));
    for (int i = 1; i < events.size(); i++) {
      WorkOrderEvent event = Objects.requireNonNull(events.get(i), "event");
      if (!event.order().equals(order.id())) {
        throw new IllegalArgumentException(
            "event " + (i + 1) + " is of order " + event.order() + ", not of " + order.id());
      }
      if (event.sequence() != i + 1) {
        throw new IllegalArgumentException(
            "event "
                + (i + 1)
                + " of order "
                + order.id()
                + " has sequence number "
                + event.sequence());
      }
      Transition transition = order.attempt(event);
      if (transition instanceof Transition.Refused) {
        throw new IllegalArgumentException(
            "event "
                + (i + 1)
                + " cannot be replayed: "
                + ((Transition.Refused) transition).refusal().message());
      }
      order = transition.order();
    }
    return order;
  }
}
