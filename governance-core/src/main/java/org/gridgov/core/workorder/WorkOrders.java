package org.gridgov.core.workorder;

import java.util.List;
import java.util.Objects;
import org.gridgov.core.common.ValueRefusedException;

/**
 * Operations on work orders as a whole: rebuilding one from its events, and applying an event
 * recorded elsewhere.
 */
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
      throw ValueRefusedException.of("refused.WorkOrders.noEvents");
    }
    if (!(events.get(0) instanceof WorkOrderEvent.Reported)) {
      throw ValueRefusedException.of("refused.WorkOrders.startsWithReport", events.get(0).type());
    }
    WorkOrder order = WorkOrder.reported((WorkOrderEvent.Reported) events.get(0));
    for (int i = 1; i < events.size(); i++) {
      Transition transition = apply(order, events.get(i));
      if (transition instanceof Transition.Refused) {
        throw ValueRefusedException.of(
            "refused.WorkOrders.eventCannotBeReplayed",
            (i + 1),
            ((Transition.Refused) transition).refusal().text());
      }
      order = transition.order();
    }
    return order;
  }

  /**
   * Applies one event recorded elsewhere, such as in a journal, to the order it happened to,
   * checking it against the transition table as the command that produced it was checked.
   *
   * @param order the order as it stood before the event
   * @param event the order's next event: of the same order and numbered one after its last, which a
   *     report, always number 1, never is
   * @return {@link Transition.Applied} with the order after the event, or {@link
   *     Transition.Refused} with the order unchanged if the order's lifecycle refuses the event
   * @throws IllegalArgumentException if the event is of another order, is not numbered next, or
   *     escalates from a level the order is not at
   */
  public static Transition apply(WorkOrder order, WorkOrderEvent event) {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(event, "event");
    int next = order.history().size() + 1;
    if (!event.order().equals(order.id())) {
      throw ValueRefusedException.of(
          "refused.WorkOrders.eventOrderNot", next, event.order(), order.id());
    }
    if (event.sequence() != next) {
      throw ValueRefusedException.of(
          "refused.WorkOrders.eventOrderHasSequence", next, order.id(), event.sequence());
    }
    return order.attempt(event);
  }
}
