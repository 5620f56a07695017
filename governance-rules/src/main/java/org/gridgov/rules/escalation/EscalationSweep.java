package org.gridgov.rules.escalation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gridgov.core.workorder.WorkOrderId;
import org.gridgov.rules.decision.OrderDecision;

/**
 * What an escalation sweep decided, per order: reminders, escalations, supervision, the traffic
 * light and joint-meeting agenda items, each naming its rule. Apply it with {@link
 * Escalation#apply}.
 *
 * @param at the instant of the sweep, from the engine's clock
 * @param decisions the decisions per order, in order of the orders' ids; each order's decisions by
 *     rule name; unmodifiable
 */
public record EscalationSweep(Instant at, Map<WorkOrderId, List<OrderDecision>> decisions) {

  /** Checks the fields and freezes the decisions. */
  public EscalationSweep {
    Objects.requireNonNull(at, "at");
    Map<WorkOrderId, List<OrderDecision>> copy = new LinkedHashMap<>();
    decisions.forEach((id, list) -> copy.put(id, List.copyOf(list)));
    decisions = Collections.unmodifiableMap(copy);
  }

  /**
   * The decisions about one order.
   *
   * @param order the order's id
   * @return its decisions; empty if there are none
   */
  public List<OrderDecision> forOrder(WorkOrderId order) {
    return decisions.getOrDefault(order, List.of());
  }

  /**
   * Every decision of one kind.
   *
   * @param <T> the kind
   * @param kind such as {@code Reminder.class}
   * @return those decisions, in order of the orders' ids
   */
  public <T extends OrderDecision> List<T> all(Class<T> kind) {
    List<T> found = new ArrayList<>();
    for (List<OrderDecision> list : decisions.values()) {
      for (OrderDecision d : list) {
        if (kind.isInstance(d)) {
          found.add(kind.cast(d));
        }
      }
    }
    return found;
  }
}
