package org.gridgov.rules.fact;

import java.util.Objects;
import org.gridgov.core.evaluation.Rating;
import org.gridgov.core.evaluation.Satisfaction;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.core.workorder.WorkOrderId;

/**
 * A resident's rating of a work order, as the rating rules see it: the verdict and how often the
 * order will have been reopened once an unsatisfied verdict is applied.
 *
 * @param order the order rated
 * @param satisfaction the resident's verdict
 * @param satisfied whether the verdict lets the order be closed (satisfied or basically satisfied)
 * @param reopeningsAfter how many times the order has been reopened, counting this rating if it is
 *     unsatisfied: the order's reopenings plus one for an unsatisfied rating, unchanged otherwise
 * @param supervised whether the order is already under supervision (督办)
 */
public record RatedOrder(
    WorkOrderId order,
    Satisfaction satisfaction,
    boolean satisfied,
    int reopeningsAfter,
    boolean supervised) {

  /** Checks the fields. */
  public RatedOrder {
    Objects.requireNonNull(order, "a rated order needs the order's id");
    Objects.requireNonNull(satisfaction, "a rated order needs the satisfaction");
    if (satisfied != satisfaction.isSatisfied()) {
      throw new IllegalArgumentException(
          "satisfied follows the satisfaction, got " + satisfied + " for " + satisfaction);
    }
    if (reopeningsAfter < 0) {
      throw new IllegalArgumentException("reopenings are zero or more, got " + reopeningsAfter);
    }
  }

  /**
   * The fact for a rating about to be given on an order.
   *
   * @param order the order as it stands
   * @param rating the rating
   * @return the fact
   */
  public static RatedOrder of(WorkOrder order, Rating rating) {
    Satisfaction s = rating.satisfaction();
    return new RatedOrder(
        order.id(),
        s,
        s.isSatisfied(),
        order.reopenings() + (s.isSatisfied() ? 0 : 1),
        order.isSupervised());
  }
}
