package org.gridgov.core.organisation;

import org.gridgov.core.common.Checks;

/**
 * Identifies a unit: a district department, a resident unit or a co-building unit.
 *
 * @param value 1 to 64 letters, digits or {@code . _ : -}
 */
public record UnitId(String value) {

  /** Checks the identifier. */
  public UnitId {
    Checks.identifier(value, Checks.term("unitId"));
  }

  /**
   * Makes the id.
   *
   * @param value the identifier
   * @return the id
   * @throws IllegalArgumentException if the value is not an identifier
   */
  public static UnitId of(String value) {
    return new UnitId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
