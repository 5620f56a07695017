package org.gridgov.rules.escalation;

import java.time.Instant;
import org.gridgov.core.lists.Category;
import org.gridgov.core.lists.Urgency;
import org.gridgov.core.workorder.Deadlines;
import org.gridgov.core.workorder.WorkOrder;
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
 * <p>Obtained from {@link GovernanceEngine#escalation()}. Instances are thread-safe. Arguments must
 * not be null.
 */
public interface Escalation {

  /**
   * The escalation of an engine. Hosts call {@link GovernanceEngine#escalation()} instead.
   *
   * @param engine the engine whose rules, clock and calendar to use
   * @return the escalation
   */
  static Escalation of(GovernanceEngine engine) {
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
   * for the host to pass to {@link WorkOrder#dispatch}.
   *
   * @param category the order's category
   * @param urgency the order's urgency
   * @param dispatchedAt when the order is dispatched
   * @return the accept-by and resolve-by deadlines
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
}
