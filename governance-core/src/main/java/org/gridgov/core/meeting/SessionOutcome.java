package org.gridgov.core.meeting;

import java.util.Locale;
import java.util.Objects;
import org.gridgov.core.common.Checks;
import org.gridgov.core.common.Describable;
import org.gridgov.core.common.Message;

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
   * @param text the reason in words, naming the meeting, in the reader's language
   */
  record Refused(SessionRefusal reason, Message text) implements SessionOutcome, Describable {

    /** Checks the fields. */
    public Refused {
      Objects.requireNonNull(reason, "a refusal has a reason");
      Objects.requireNonNull(text, "a refusal says why");
      Checks.text(text.render(Locale.ENGLISH), Checks.term("refusal.message"));
    }

    /**
     * A refusal whose message reads the same in every language.
     *
     * @param reason why
     * @param message the reason in words
     */
    public Refused(SessionRefusal reason, String message) {
      this(reason, Message.text(Objects.requireNonNull(message, "message")));
    }

    /**
     * The reason in words, in English.
     *
     * @return the message
     */
    public String message() {
      return text.render(Locale.ENGLISH);
    }

    @Override
    public String describe(Locale locale) {
      return text.render(locale);
    }

    /**
     * Whether another refusal says the same: the same reason and the same English text, however it
     * was made (keyed or as plain words).
     */
    @Override
    public boolean equals(Object o) {
      return o instanceof Refused other
          && reason.equals(other.reason)
          && message().equals(other.message());
    }

    @Override
    public int hashCode() {
      return Objects.hash(reason, message());
    }

    @Override
    public boolean held() {
      return false;
    }
  }
}
