package org.gridgov.rules.decision;

import java.util.Objects;
import org.gridgov.core.workorder.WorkOrderId;
import org.gridgov.rules.fact.OpenOrder;

/**
 * The traffic light (红黄绿灯) of an open order, by the share elapsed of its most advanced running
 * limit.
 *
 * @param order the order
 * @param colour the light
 * @param elapsedShare the share it shows
 * @param rule the rule that decided
 */
public record TrafficLight(WorkOrderId order, Colour colour, double elapsedShare, String rule)
    implements OrderDecision {

  /** The colours. */
  public enum Colour {
    /** On time: less than 80 % of every running limit elapsed, or no limit running. */
    GREEN,
    /** Running out: 80 % to 100 % of a limit elapsed. */
    YELLOW,
    /** Late: a limit breached. */
    RED
  }

  /** Checks the fields. */
  public TrafficLight {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(colour, "colour");
    Objects.requireNonNull(rule, "rule");
  }

  /**
   * The light of an open order.
   *
   * @param order the order
   * @param colour the colour
   * @param rule the rule that decided
   * @return the light
   */
  public static TrafficLight of(OpenOrder order, Colour colour, String rule) {
    return new TrafficLight(
        WorkOrderId.of(order.orderId()), colour, order.mostAdvancedShare(), rule);
  }
}
