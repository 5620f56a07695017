package org.gridgov.core.lists;

import org.gridgov.core.common.Checks;

/**
 * Identifies an item of the demand list (群众需求清单).
 *
 * @param value 1 to 64 letters, digits or {@code . _ : -}
 */
public record DemandId(String value) {

  /** Checks the identifier. */
  public DemandId {
    Checks.identifier(value, Checks.term("demandId"));
  }

  /**
   * Makes the id.
   *
   * @param value the identifier
   * @return the id
   * @throws IllegalArgumentException if the value is not an identifier
   */
  public static DemandId of(String value) {
    return new DemandId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
