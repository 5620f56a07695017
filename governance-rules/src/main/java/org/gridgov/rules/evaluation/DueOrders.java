package org.gridgov.rules.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.calendar.YearQuarter;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.core.workorder.WorkOrderStatus;

/**
 * The orders due in a quarter: those whose resolve-by deadline, as they stood at the quarter's end,
 * fell in it. An order without a resolve-by deadline then (not dispatched yet, returned, or
 * dispatched without one) or cancelled by then is not due; it is judged in the quarter its deadline
 * falls in once it has one.
 */
final class DueOrders {

  private DueOrders() {}

  /** The last instant of a quarter in the evaluation's zone. */
  static Instant end(YearQuarter quarter) {
    return quarter.lastDay().plusDays(1).atStartOfDay(Evaluation.ZONE).toInstant().minusNanos(1);
  }

  /**
   * The orders due in a quarter, as they stood at its end.
   *
   * @param orders orders in any state
   * @param quarter the quarter
   * @return the due ones as of the quarter's end, in the given order
   */
  static List<WorkOrder> in(Collection<WorkOrder> orders, YearQuarter quarter) {
    Instant end = end(quarter);
    List<WorkOrder> due = new ArrayList<>();
    for (WorkOrder order : orders) {
      if (order.reportedAt().isAfter(end)) {
        continue;
      }
      Optional<WorkOrder> then = order.asOf(end);
      if (then.isEmpty() || then.get().status() == WorkOrderStatus.CANCELLED) {
        continue;
      }
      Optional<Instant> by = then.get().deadlines().resolveBy();
      if (by.isPresent()) {
        LocalDate day = by.get().atZone(Evaluation.ZONE).toLocalDate();
        if (quarter.period().contains(day)) {
          due.add(then.get());
        }
      }
    }
    return due;
  }
}
