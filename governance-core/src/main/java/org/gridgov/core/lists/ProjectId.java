package org.gridgov.core.lists;

import org.gridgov.core.common.Checks;

/**
 * Identifies an item of the governance project list (治理项目清单).
 *
 * @param value 1 to 64 letters, digits or {@code . _ : -}
 */
public record ProjectId(String value) {

  /** Checks the identifier. */
  public ProjectId {
    Checks.identifier(value, Checks.term("projectId"));
  }

  /**
   * Makes the id.
   *
   * @param value the identifier
   * @return the id
   * @throws IllegalArgumentException if the value is not an identifier
   */
  public static ProjectId of(String value) {
    return new ProjectId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
