package org.gridgov.core.lists;

import org.gridgov.core.common.Checks;

/**
 * Identifies a matter of the matter catalogue.
 *
 * @param value 1 to 64 letters, digits or {@code . _ : -}
 */
public record MatterId(String value) {

  /** Checks the identifier. */
  public MatterId {
    Checks.identifier(value, Checks.term("matterId"));
  }

  /**
   * Makes the id.
   *
   * @param value the identifier
   * @return the id
   * @throws IllegalArgumentException if the value is not an identifier
   */
  public static MatterId of(String value) {
    return new MatterId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
