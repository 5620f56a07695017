package org.gridgov.core.workorder;

import org.gridgov.core.common.Checks;

/**
 * Identifies a work order.
 *
 * @param value 1 to 64 letters, digits or {@code . _ : -}
 */
public record WorkOrderId(String value) {

  /** Checks the identifier. */
  public WorkOrderId {
    Checks.identifier(value, Checks.term("workOrderId"));
  }

  /**
   * Makes the id.
   *
   * @param value the identifier
   * @return the id
   * @throws IllegalArgumentException if the value is not an identifier
   */
  public static WorkOrderId of(String value) {
    return new WorkOrderId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
