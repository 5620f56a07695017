package org.gridgov.core.lists;

import org.gridgov.core.common.Checks;

/**
 * Identifies an item of the service resource list (服务资源清单).
 *
 * @param value 1 to 64 letters, digits or {@code . _ : -}
 */
public record ResourceId(String value) {

  /** Checks the identifier. */
  public ResourceId {
    Checks.identifier(value, Checks.term("resourceId"));
  }

  /**
   * Makes the id.
   *
   * @param value the identifier
   * @return the id
   * @throws IllegalArgumentException if the value is not an identifier
   */
  public static ResourceId of(String value) {
    return new ResourceId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
