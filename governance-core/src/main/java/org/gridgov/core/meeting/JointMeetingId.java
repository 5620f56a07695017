package org.gridgov.core.meeting;

import org.gridgov.core.common.Checks;

/**
 * Identifies a grid joint meeting (网格党建联席会议).
 *
 * @param value 1 to 64 letters, digits or {@code . _ : -}
 */
public record JointMeetingId(String value) {

  /** Checks the identifier. */
  public JointMeetingId {
    Checks.identifier(value, Checks.term("jointMeetingId"));
  }

  /**
   * Makes the id.
   *
   * @param value the identifier
   * @return the id
   * @throws IllegalArgumentException if the value is not an identifier
   */
  public static JointMeetingId of(String value) {
    return new JointMeetingId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
