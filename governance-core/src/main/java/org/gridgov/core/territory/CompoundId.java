package org.gridgov.core.territory;

import org.gridgov.core.common.Checks;

/**
 * Identifies a compound (小区 or 院落) within its district.
 *
 * @param value 1 to 64 letters, digits or {@code . _ : -}
 */
public record CompoundId(String value) {

  /** Checks the identifier. */
  public CompoundId {
    Checks.identifier(value, Checks.term("compoundId"));
  }

  /**
   * Makes a compound id.
   *
   * @param value the identifier
   * @return the id
   */
  public static CompoundId of(String value) {
    return new CompoundId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
