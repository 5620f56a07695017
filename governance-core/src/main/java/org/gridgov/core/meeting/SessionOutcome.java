package org.gridgov.core.meeting;

import java.util.Objects;
import org.gridgov.core.common.Checks;

/** The outcome of adding a session to a consultation meeting: held, or refused. */
public sealed interface SessionOutcome permits SessionOutcome.Held, SessionOutcome.Refused {

  /**
   * Whether the session was added.
   *
   * @return true for {@link Held}
   */
  boolean held();

  /**
   * The session was added.
   *
   * @param meeting the meeting with the new session
   */
  record Held(ConsultationMeeting meeting) implements SessionOutcome {

    /** Checks the field. */
    public Held {
      Objects.requireNonNull(meeting, "a held session comes with its meeting");
    }

    @Override
    public boolean held() {
      return true;
    }
  }

  /**
   * The session was refused; the meeting is unchanged.
   *
   * @param reason why
   * @param message the reason in words, naming the meeting
   */
  record Refused(SessionRefusal reason, String message) implements SessionOutcome {

    /** Checks the fields. */
    public Refused {
      Objects.requireNonNull(reason, "a refusal has a reason");
      Checks.text(message, Checks.term("refusal.message"));
    }

    @Override
    public boolean held() {
      return false;
    }
  }
}
