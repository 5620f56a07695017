package org.gridgov.core.meeting;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.gridgov.core.common.Checks;
import org.gridgov.core.common.PersonalDataMask;
import org.gridgov.core.common.ValueRefusedException;

/**
 * One session of a consultation meeting.
 *
 * @param heldOn the date it was held
 * @param attendance who attended, one or more
 * @param result what it came to
 * @param notes what was said and what changed in the plan
 */
public record ConsultationSession(
    LocalDate heldOn, Set<Stakeholder> attendance, SessionResult result, String notes) {

  /** Checks the fields and copies the attendance. */
  public ConsultationSession {
    Objects.requireNonNull(heldOn, "a consultation session has a date");
    attendance = Set.copyOf(attendance);
    if (attendance.isEmpty()) {
      throw ValueRefusedException.of(
          "refused.ConsultationSession.consultationSessionHasAttendee", heldOn);
    }
    Objects.requireNonNull(result, "the consultation session of " + heldOn + " has a result");
    Checks.text(notes, Checks.term("consultationSession.notes", heldOn));
  }

  /**
   * Whether the session agreed the project.
   *
   * @return true if its result is {@link SessionResult#AGREED}
   */
  public boolean agreed() {
    return result == SessionResult.AGREED;
  }

  /**
   * The components, with any phone or ID number in the notes masked.
   *
   * @return such as the default record text, masked by {@link PersonalDataMask#describe(Record)}
   */
  @Override
  public String toString() {
    return PersonalDataMask.describe(this);
  }
}
