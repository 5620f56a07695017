package org.gridgov.rules.escalation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.gridgov.core.lists.Category;
import org.gridgov.core.lists.Urgency;
import org.gridgov.core.workorder.Actor;
import org.gridgov.core.workorder.Deadlines;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.core.workorder.WorkOrderEvent;
import org.gridgov.rules.GovernanceEngine;
import org.gridgov.rules.decision.TimeLimit;

/**
 * Escalation: the time limits of work orders, and what is late and where it goes next.
 *
 * <p>The time limits come from the SLA table ({@code org/gridgov/rules/escalation/sla/sla.drl.csv},
 * replaceable by an integrator file named {@code sla.drl.csv}). The table is asked once each time
 * the engine loads its rules, through the engine's {@linkplain GovernanceEngine#catalogue()
 * catalogue}: for every category of the category table and every urgency, and for a category the
 * table does not name. The answers are cached until the rules are reloaded.
 *
 * <p>Made by {@link #on(GovernanceEngine)}; make one per engine and reuse it, as it caches the time
 * limits until the engine reloads its rules. Instances are thread-safe. Arguments must not be null.
 */
public interface Escalation {

  /**
   * Escalation on an engine's rules.
   *
   * @param engine the engine whose rules, clock and calendar to use
   * @return the escalation
   */
  static Escalation on(GovernanceEngine engine) {
    return new EngineEscalation(engine);
  }

  /**
   * The time limits of a category at an urgency: the most specific row of the SLA table. A category
   * the table does not name gets the row for any category of its urgency.
   *
   * @param category the category
   * @param urgency the urgency
   * @return the limits, naming the row (rule) that set them
   * @throws IllegalStateException if no row of the table answers, as when an integrator table has
   *     no row for the urgency
   */
  TimeLimit timeLimits(Category category, Urgency urgency);

  /**
   * The deadlines of an order dispatched at an instant, counted on the engine's working calendar,
   * for the host to pass to {@link WorkOrder#dispatch}. The time limit that set them ({@link
   * #timeLimits}, naming its row) goes to the engine's audit trail.
   *
   * @param category the order's category
   * @param urgency the order's urgency
   * @param dispatchedAt when the order is dispatched
   * @return the accept-by and resolve-by deadlines, {@linkplain Deadlines#provisional()
   *     provisional} if the calendar counted them across days the official holiday table does not
   *     cover yet
   * @throws IllegalStateException if no row of the SLA table answers
   * @throws IllegalArgumentException if the table's time to resolve ends before its time to accept
   */
  Deadlines deadlines(Category category, Urgency urgency, Instant dispatchedAt);

  /**
   * The deadlines of an order dispatched at an instant; see {@link #deadlines(Category, Urgency,
   * Instant)}.
   *
   * @param order the order, whose category and urgency are used
   * @param dispatchedAt when the order is dispatched
   * @return the accept-by and resolve-by deadlines
   */
  default Deadlines deadlines(WorkOrder order, Instant dispatchedAt) {
    return deadlines(order.category(), order.urgency(), dispatchedAt);
  }

  /**
   * Counts again, on the engine's current calendar, the provisional deadlines of open orders: after
   * {@link org.gridgov.rules.GovernanceEngine#loadOfficialYears} has put a year's official schedule
   * in place of its provisional days, a deadline counted across them may move, and stops being
   * provisional once every day it crosses is official. Each order's deadlines count from its last
   * dispatch, as at dispatch. Orders that are not open, or whose deadlines are not provisional, are
   * left out; so are those whose deadlines come out the same.
   *
   * @param openOrders the host's open orders
   * @return one change per order whose deadlines differ, in the orders' order
   */
  default List<DeadlineChange> recomputeProvisional(Collection<WorkOrder> openOrders) {
    Objects.requireNonNull(openOrders, "openOrders");
    List<DeadlineChange> changes = new ArrayList<>();
    for (WorkOrder order : openOrders) {
      Deadlines before = Objects.requireNonNull(order, "an order").deadlines();
      if (!order.status().isOpen() || !before.provisional()) {
        continue;
      }
      Instant dispatchedAt = null;
      for (WorkOrderEvent event : order.history()) {
        if (event instanceof WorkOrderEvent.Dispatched) {
          dispatchedAt = event.at();
        }
      }
      if (dispatchedAt == null) {
        continue;
      }
      Deadlines after = deadlines(order, dispatchedAt);
      if (!after.equals(before)) {
        changes.add(new DeadlineChange(order.id(), dispatchedAt, before, after));
      }
    }
    return List.copyOf(changes);
  }

  /**
   * The deadlines of an order dispatched now, at the instant of the engine's clock; see {@link
   * #deadlines(Category, Urgency, Instant)}.
   *
   * @param order the order, whose category and urgency are used
   * @return the accept-by and resolve-by deadlines
   */
  Deadlines deadlines(WorkOrder order);

  /**
   * Decides, at the instant of the engine's clock, what is late among open orders and where it goes
   * next. The shares of the time limits elapsed are counted here on the working calendar (see
   * {@link org.gridgov.rules.fact.RunningLimit} for when each limit runs and how an escalation
   * restarts it); the rules of {@code org/gridgov/rules/escalation/sweep/sweep.drl} decide:
   *
   * <ul>
   *   <li>a reminder (催办) at 80 % of a limit, once per limit;
   *   <li>an escalation one level up on a breach (more than 100 %), at most one per order;
   *   <li>supervision (督办) on a breach after an escalation for lateness, or after two unsatisfied
   *       ratings;
   *   <li>a traffic light per order: green below 80 %, yellow to 100 %, red past it;
   *   <li>on the last working day of a quarter, every open order onto the agenda of the next
   *       quarter's joint meeting.
   * </ul>
   *
   * Closed and cancelled orders are skipped. The orders are decided in sessions of a few thousand.
   *
   * @param openOrders the orders to look at
   * @return the decisions per order
   */
  EscalationSweep sweep(Collection<WorkOrder> openOrders);

  /**
   * Decides at a given instant what is late among open orders, as {@link #sweep(Collection)} does
   * at the instant of the engine's clock: for a host that sweeps at instants of its own (a replay,
   * a what-if, a batch run at a chosen time).
   *
   * @param openOrders the orders to look at
   * @param at the instant the sweep decides at
   * @return the decisions per order
   */
  EscalationSweep sweep(Collection<WorkOrder> openOrders, Instant at);

  /**
   * Applies a sweep's decisions to orders through their transitions: {@link WorkOrder#remind},
   * {@link WorkOrder#escalateTo} and {@link WorkOrder#supervise}, at the sweep's instant, by {@link
   * Actor#system} named after the deciding rule. Traffic lights and agenda items change no order. A
   * second supervision of an order in the same sweep is skipped, since the first already supervised
   * it.
   *
   * @param sweep the sweep
   * @param orders the orders, usually those swept
   * @return the orders after the decisions, and the decisions refused
   */
  AppliedSweep apply(EscalationSweep sweep, Collection<WorkOrder> orders);

  /**
   * A watch over open orders that the host keeps between sweeps: it fires the sweep rules only for
   * the orders whose decisions may have changed since it last looked, so that a sweep over a
   * million open orders costs what the few that reach a watch point cost. See {@link
   * EscalationWatch}.
   *
   * @return an empty watch on this escalation's engine
   */
  EscalationWatch watch();
}
