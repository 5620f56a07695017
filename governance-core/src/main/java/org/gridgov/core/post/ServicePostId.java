package org.gridgov.core.post;

import org.gridgov.core.common.Checks;

/**
 * Identifies a service post (岗位) of a grid.
 *
 * @param value 1 to 64 letters, digits or {@code . _ : -}
 */
public record ServicePostId(String value) {

  /** Checks the identifier. */
  public ServicePostId {
    Checks.identifier(value, Checks.term("servicePostId"));
  }

  /**
   * Makes the id.
   *
   * @param value the identifier
   * @return the id
   * @throws IllegalArgumentException if the value is not an identifier
   */
  public static ServicePostId of(String value) {
    return new ServicePostId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
