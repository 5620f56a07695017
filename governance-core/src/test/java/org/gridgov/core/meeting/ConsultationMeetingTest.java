package org.gridgov.core.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.gridgov.core.lists.ProjectId;
import org.gridgov.core.people.PersonId;
import org.gridgov.core.territory.CommunityCode;
import org.junit.jupiter.api.Test;

class ConsultationMeetingTest {

  private static final ConsultationMeeting OPEN =
      ConsultationMeeting.open(
          ConsultationMeetingId.of("cm-1"),
          ProjectId.of("pr-courtyard"),
          CommunityCode.of("350111001001"),
          "院落改造方案");
  private static final LocalDate FIRST_DAY = LocalDate.of(2023, 3, 1);

  private static ConsultationSession session(LocalDate on, SessionResult result) {
    return new ConsultationSession(
        on, Set.of(Stakeholder.of(PersonId.of("p-1"))), result, "讨论围墙拆除与停车位");
  }

  private static ConsultationMeeting held(ConsultationMeeting meeting, ConsultationSession s) {
    return ((SessionOutcome.Held) meeting.hold(s)).meeting();
  }

  @Test
  void aConsultationMeetingIsAgreedWhenItsLastSessionAgrees() {
    // given a session without agreement and one with
    ConsultationMeeting meeting = held(OPEN, session(FIRST_DAY, SessionResult.NOT_AGREED));
    assertThat(meeting.agreed()).isFalse();

    // when the second session agrees
    meeting = held(meeting, session(FIRST_DAY.plusWeeks(2), SessionResult.AGREED));

    // then the meeting is agreed on that date
    assertThat(meeting.agreed()).isTrue();
    assertThat(meeting.agreedOn()).contains(FIRST_DAY.plusWeeks(2));
  }

  @Test
  void aSessionAfterAgreementIsRefused() {
    // given an agreed consultation
    ConsultationMeeting agreed = held(OPEN, session(FIRST_DAY, SessionResult.AGREED));

    // when another session is added
    SessionOutcome outcome = agreed.hold(session(FIRST_DAY.plusDays(7), SessionResult.NOT_AGREED));

    // then it is refused
    assertThat(outcome.held()).isFalse();
    assertThat(((SessionOutcome.Refused) outcome).reason())
        .isEqualTo(SessionRefusal.ALREADY_AGREED);
  }

  @Test
  void aSessionDatedBeforeTheLastIsRefused() {
    ConsultationMeeting meeting = held(OPEN, session(FIRST_DAY, SessionResult.NOT_AGREED));
    SessionOutcome outcome = meeting.hold(session(FIRST_DAY.minusDays(1), SessionResult.AGREED));
    assertThat(((SessionOutcome.Refused) outcome).reason())
        .isEqualTo(SessionRefusal.BEFORE_LAST_SESSION);
  }

  @Test
  void seventeenSessionsMayBeNeededForOneCourtyardRenovation() {
    // given sixteen sessions without agreement, a fortnight apart
    ConsultationMeeting meeting = OPEN;
    for (int i = 0; i < 16; i++) {
      meeting = held(meeting, session(FIRST_DAY.plusWeeks(2L * i), SessionResult.NOT_AGREED));
    }

    // when the seventeenth agrees
    meeting = held(meeting, session(FIRST_DAY.plusWeeks(32), SessionResult.AGREED));

    // then the consultation is agreed after seventeen sessions
    assertThat(meeting.sessionCount()).isEqualTo(17);
    assertThat(meeting.agreed()).isTrue();
  }

  @Test
  void aConsultationCannotBeMadeWithASessionAfterAgreement() {
    assertThatThrownBy(
            () ->
                new ConsultationMeeting(
                    OPEN.id(),
                    OPEN.project(),
                    OPEN.community(),
                    OPEN.topic(),
                    List.of(
                        session(FIRST_DAY, SessionResult.AGREED),
                        session(FIRST_DAY.plusDays(1), SessionResult.NOT_AGREED))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("holds no more sessions");
  }

  @Test
  void aSessionHasAttendees() {
    assertThatThrownBy(
            () -> new ConsultationSession(FIRST_DAY, Set.of(), SessionResult.ADJOURNED, "无人到场"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("one attendee or more");
  }
}
