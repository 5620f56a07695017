package org.gridgov.core.organisation;

import org.gridgov.core.common.Checks;

/**
 * Identifies a volunteer team (志愿服务队).
 *
 * @param value 1 to 64 letters, digits or {@code . _ : -}
 */
public record VolunteerTeamId(String value) {

  /** Checks the identifier. */
  public VolunteerTeamId {
    Checks.identifier(value, Checks.term("volunteerTeamId"));
  }

  /**
   * Makes the id.
   *
   * @param value the identifier
   * @return the id
   * @throws IllegalArgumentException if the value is not an identifier
   */
  public static VolunteerTeamId of(String value) {
    return new VolunteerTeamId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
