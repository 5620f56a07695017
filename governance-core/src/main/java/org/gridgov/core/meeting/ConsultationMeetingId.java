package org.gridgov.core.meeting;

import org.gridgov.core.common.Checks;

/**
 * Identifies a resident consultation meeting (居民恳谈会) and its sessions.
 *
 * @param value 1 to 64 letters, digits or {@code . _ : -}
 */
public record ConsultationMeetingId(String value) {

  /** Checks the identifier. */
  public ConsultationMeetingId {
    Checks.identifier(value, Checks.term("consultationMeetingId"));
  }

  /**
   * Makes the id.
   *
   * @param value the identifier
   * @return the id
   * @throws IllegalArgumentException if the value is not an identifier
   */
  public static ConsultationMeetingId of(String value) {
    return new ConsultationMeetingId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
