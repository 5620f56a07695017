package org.gridgov.rules.decision;

import java.util.Objects;
import org.gridgov.core.calendar.YearQuarter;
import org.gridgov.core.workorder.WorkOrderId;
import org.gridgov.rules.fact.OpenOrder;
import org.gridgov.rules.fact.SweepContext;

/**
 * Put an order on the agenda of a quarter's joint meeting (联席会议). No transition of the order
 * follows; the host adds the item to the meeting's agenda.
 *
 * @param order the order
 * @param meetingQuarter the quarter whose joint meeting takes it up
 * @param rule the rule that decided
 */
public record AgendaItem(WorkOrderId order, YearQuarter meetingQuarter, String rule)
    implements OrderDecision {

  /** Checks the fields. */
  public AgendaItem {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(meetingQuarter, "meetingQuarter");
    Objects.requireNonNull(rule, "rule");
  }

  /**
   * An item for the joint meeting of the quarter after the sweep's.
   *
   * @param order the order
   * @param context the sweep
   * @param rule the rule that decided
   * @return the item
   */
  public static AgendaItem nextMeeting(OpenOrder order, SweepContext context, String rule) {
    return new AgendaItem(WorkOrderId.of(order.orderId()), context.quarter().next(), rule);
  }
}
