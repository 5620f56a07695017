package org.gridgov.core.meeting;

import java.util.Objects;

/**
 * A participant of a joint meeting.
 *
 * @param who the stakeholder
 * @param role in what capacity
 */
public record Participant(Stakeholder who, ParticipantRole role) {

  /** Checks the fields. */
  public Participant {
    Objects.requireNonNull(who, "a participant is a stakeholder");
    Objects.requireNonNull(role, "participant " + who + " has a role");
  }
}
