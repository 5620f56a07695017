package org.gridgov.core.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gridgov.core.common.Checks;
import org.gridgov.core.common.Message;
import org.gridgov.core.common.Messages;
import org.gridgov.core.common.PersonalDataMask;
import org.gridgov.core.common.ValueRefusedException;
import org.gridgov.core.lists.ProjectId;
import org.gridgov.core.territory.CommunityCode;

/**
 * A resident consultation meeting (居民恳谈会) on one project, held session after session until the
 * residents agree; the report counts seventeen sessions for one courtyard renovation.
 *
 * <p>Sessions are in date order, and no session follows one that agreed: {@link #agreed()} is true
 * exactly when the last session agreed, and {@link #hold(ConsultationSession)} then refuses more.
 *
 * @param id its identifier
 * @param project the project consulted on
 * @param community the community
 * @param topic what is consulted on
 * @param sessions the sessions held, in date order
 */
public record ConsultationMeeting(
    ConsultationMeetingId id,
    ProjectId project,
    CommunityCode community,
    String topic,
    List<ConsultationSession> sessions) {

  /** Checks the fields and the order of the sessions. */
  public ConsultationMeeting {
    Objects.requireNonNull(id, "a consultation meeting needs an id");
    Objects.requireNonNull(project, "consultation meeting " + id + " is on a project");
    Objects.requireNonNull(community, "consultation meeting " + id + " is of a community");
    Checks.text(topic, Checks.term("consultationMeeting.topic", id));
    sessions = List.copyOf(sessions);
    for (int i = 1; i < sessions.size(); i++) {
      Optional<Message> refusal =
          refusal(id, sessions.subList(0, i), sessions.get(i)).map(SessionOutcome.Refused::text);
      if (refusal.isPresent()) {
        throw new ValueRefusedException(refusal.get());
      }
    }
  }

  /**
   * A consultation with no session held yet.
   *
   * @param id its identifier
   * @param project the project
   * @param community the community
   * @param topic the topic
   * @return the meeting
   */
  public static ConsultationMeeting open(
      ConsultationMeetingId id, ProjectId project, CommunityCode community, String topic) {
    return new ConsultationMeeting(id, project, community, topic, List.of());
  }

  /**
   * Adds a session.
   *
   * @param session the session
   * @return the meeting with the session, or a refusal: {@link SessionRefusal#ALREADY_AGREED} if
   *     the last session agreed, {@link SessionRefusal#BEFORE_LAST_SESSION} if it is dated before
   *     the last session
   */
  public SessionOutcome hold(ConsultationSession session) {
    Objects.requireNonNull(session, "a session is required");
    Optional<SessionOutcome.Refused> refusal = refusal(id, sessions, session);
    if (refusal.isPresent()) {
      return refusal.get();
    }
    List<ConsultationSession> all = new ArrayList<>(sessions);
    all.add(session);
    return new SessionOutcome.Held(new ConsultationMeeting(id, project, community, topic, all));
  }

  private static Optional<SessionOutcome.Refused> refusal(
      ConsultationMeetingId id, List<ConsultationSession> held, ConsultationSession next) {
    if (held.isEmpty()) {
      return Optional.empty();
    }
    ConsultationSession last = held.get(held.size() - 1);
    if (last.agreed()) {
      return Optional.of(
          new SessionOutcome.Refused(
              SessionRefusal.ALREADY_AGREED,
              Message.of(Messages.CORE, "refusal.session.alreadyAgreed", id, last.heldOn())));
    }
    if (next.heldOn().isBefore(last.heldOn())) {
      return Optional.of(
          new SessionOutcome.Refused(
              SessionRefusal.BEFORE_LAST_SESSION,
              Message.of(
                  Messages.CORE,
                  "refusal.session.beforeLastSession",
                  id,
                  last.heldOn(),
                  next.heldOn())));
    }
    return Optional.empty();
  }

  /**
   * Whether the residents have agreed.
   *
   * @return true exactly when the last session agreed
   */
  public boolean agreed() {
    return !sessions.isEmpty() && sessions.get(sessions.size() - 1).agreed();
  }

  /**
   * The date the residents agreed.
   *
   * @return the date of the last session if it agreed, or empty
   */
  public Optional<LocalDate> agreedOn() {
    return agreed() ? Optional.of(sessions.get(sessions.size() - 1).heldOn()) : Optional.empty();
  }

  /**
   * The number of sessions held.
   *
   * @return zero or more
   */
  public int sessionCount() {
    return sessions.size();
  }

  /**
   * The components, with any phone or ID number in the topic masked.
   *
   * @return such as the default record text, masked by {@link PersonalDataMask#describe(Record)}
   */
  @Override
  public String toString() {
    return PersonalDataMask.describe(this);
  }
}
