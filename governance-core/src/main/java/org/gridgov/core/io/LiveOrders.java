package org.gridgov.core.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.core.workorder.WorkOrderEvent;
import org.gridgov.core.workorder.WorkOrderId;
import org.gridgov.core.workorder.WorkOrders;

/**
 * The orders a journal's events have made so far, in the order they were reported, and the check of
 * each next event against the lifecycle, the same for appending and for replaying.
 */
final class LiveOrders {

  private final Map<WorkOrderId, WorkOrder> orders = new LinkedHashMap<>();

  /**
   * The order as it stands after an event, checked but not yet kept.
   *
   * @throws org.gridgov.core.workorder.WorkOrderRefusedException if the lifecycle refuses the event
   * @throws IllegalArgumentException if the event reports an order the journal holds, belongs to an
   *     order the journal does not hold, or is not numbered next in its order
   */
  WorkOrder after(WorkOrderEvent event) {
    WorkOrder order = orders.get(event.order());
    if (event instanceof WorkOrderEvent.Reported) {
      if (order != null) {
        throw new IllegalArgumentException(
            "order "
                + event.order()
                + " is already in the journal, reported at "
                + order.reportedAt()
                + "; a report starts a new order");
      }
      return WorkOrders.replay(List.of(event));
    }
    if (order == null) {
      throw new IllegalArgumentException(
          "order "
              + event.order()
              + " is not in the journal; its first event is its report, got "
              + event.type());
    }
    return WorkOrders.apply(order, event).orElseThrow();
  }

  /** Keeps an order as it stands after its last event. */
  void keep(WorkOrder order) {
    orders.put(order.id(), order);
  }

  Optional<WorkOrder> get(WorkOrderId id) {
    return Optional.ofNullable(orders.get(id));
  }

  List<WorkOrder> list() {
    return List.copyOf(orders.values());
  }

  int size() {
    return orders.size();
  }
}
