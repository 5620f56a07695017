package org.gridgov.rules.routing;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.gridgov.core.lists.Category;
import org.gridgov.core.workorder.Deadlines;
import org.gridgov.core.workorder.Transition;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.core.workorder.WorkOrderId;
import org.gridgov.rules.GovernanceEngine;
import org.gridgov.rules.decision.CategoryDefinition;
import org.gridgov.rules.decision.DuplicateOf;
import org.gridgov.rules.decision.TimeLimit;
import org.gridgov.rules.escalation.Escalation;

/**
 * Routing: who is responsible for an order. Every order with a known category gets exactly one
 * responsible subject; the decision names the winning rule and every rule that proposed.
 * Thread-safe.
 */
public interface Routing {

  /**
   * Routing on an engine's rules.
   *
   * @param engine the engine
   * @return routing that uses the engine's current rules at every call
   */
  static Routing on(GovernanceEngine engine) {
    return new DroolsRouting(java.util.Objects.requireNonNull(engine, "engine"));
  }

  /**
   * The categories the rules define.
   *
   * @return by code
   */
  Map<Category, CategoryDefinition> categories();

  /**
   * Routes one order, with hints read from its demand.
   *
   * @param district the district
   * @param order the order
   * @return the decision
   * @throws IllegalArgumentException if the order's category is not in the category table or its
   *     grid is not in the district
   */
  RoutingDecision route(DistrictContext district, WorkOrder order);

  /**
   * Routes one order with hints from the host.
   *
   * @param district the district
   * @param order the order
   * @param hints what the host knows beyond the order
   * @return the decision
   * @throws IllegalArgumentException if the order's category is not in the category table or its
   *     grid is not in the district
   */
  RoutingDecision route(DistrictContext district, WorkOrder order, RoutingHints hints);

  /**
   * Routes many orders in one session, with hints read from their demands. Helpers' loads count the
   * orders given to them earlier in the same batch.
   *
   * @param district the district
   * @param orders the orders
   * @return one decision per order, in the orders' order
   * @throws IllegalArgumentException if any order's category or grid is unknown; nothing is routed
   *     then
   */
  List<RoutingDecision> route(DistrictContext district, Collection<WorkOrder> orders);

  /**
   * Routes many orders in one session, each with the host's hints where it has them and with hints
   * read from its demand otherwise. Helpers' loads count the orders given to them earlier in the
   * same batch.
   *
   * @param district the district
   * @param orders the orders
   * @param hints the host's hints by order; an order missing here gets {@link RoutingHints#NONE}
   * @return one decision per order, in the orders' order
   * @throws IllegalArgumentException if any order's category or grid is unknown, or a hint names an
   *     order not in the batch; nothing is routed then
   */
  List<RoutingDecision> route(
      DistrictContext district, Collection<WorkOrder> orders, Map<WorkOrderId, RoutingHints> hints);

  /**
   * Finds the reports that repeat an earlier one: the same compound and category within the window.
   *
   * @param orders the orders to compare
   * @param window how close in time
   * @return one decision per duplicate, naming the earliest order it repeats
   */
  List<DuplicateOf> duplicates(Collection<WorkOrder> orders, Duration window);

  /**
   * What the reason of a dispatch adds when its deadlines are {@linkplain Deadlines#provisional()
   * provisional}.
   */
  String PROVISIONAL_DEADLINES =
      "deadlines provisional: counted across days the official holiday schedule does not cover yet";

  /**
   * Applies a decision: dispatches the order to the responsible subject. The event's reason names
   * the rule and, if the deadlines are provisional, says so.
   *
   * @param order the order
   * @param decision the decision made for it
   * @param deadlines its deadlines, such as those of the escalation rules
   * @param at when
   * @return the order dispatched, or the refusal
   */
  static Transition apply(
      WorkOrder order, RoutingDecision decision, Deadlines deadlines, Instant at) {
    if (!order.id().equals(decision.order())) {
      throw new IllegalArgumentException(
          "decision for " + decision.order() + " applied to order " + order.id());
    }
    return order.dispatch(
        decision.responsible(),
        deadlines,
        org.gridgov.core.workorder.Actor.system(decision.rule()),
        at,
        "routed by rule \""
            + decision.rule()
            + '"'
            + (deadlines.provisional() ? "; " + PROVISIONAL_DEADLINES : ""));
  }

  /**
   * Dispatches an order as routing decided, with the deadlines the time-limit table sets for it
   * dispatched at the instant. The dispatch event names both decisions: the routing rule, and the
   * time-limit row with its limits, so that an order's history says why it is due when it is.
   *
   * @param order the order, reported or returned
   * @param decision the routing decision for it
   * @param escalation the escalation concern whose time limits apply
   * @param at when the order is dispatched
   * @return the order dispatched, or the refusal
   * @throws IllegalArgumentException if the decision is for another order
   * @throws IllegalStateException if no row of the time-limit table answers for the order
   */
  static Transition apply(
      WorkOrder order, RoutingDecision decision, Escalation escalation, Instant at) {
    TimeLimit limit = escalation.timeLimits(order.category(), order.urgency());
    Deadlines deadlines = escalation.deadlines(order, at);
    if (!order.id().equals(decision.order())) {
      throw new IllegalArgumentException(
          "decision for " + decision.order() + " applied to order " + order.id());
    }
    return order.dispatch(
        decision.responsible(),
        deadlines,
        org.gridgov.core.workorder.Actor.system(decision.rule()),
        at,
        "routed by rule \""
            + decision.rule()
            + "\"; time limits by rule \""
            + limit.rule()
            + "\": accept within "
            + limit.accept()
            + ", resolve within "
            + limit.resolve()
            + (deadlines.provisional() ? "; " + PROVISIONAL_DEADLINES : ""));
  }
}
