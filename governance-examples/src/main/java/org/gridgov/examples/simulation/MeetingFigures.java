package org.gridgov.examples.simulation;

/**
 * What the joint meetings (联席会议) and consultation meetings (恳谈会) of a simulated year did.
 *
 * @param jointMeetings the joint meetings held, one per community and quarter at most
 * @param agendaItems the items on their agendas, added up over the meetings: an order the routing
 *     rules sent to the joint meeting, or one the escalation sweep put on the agenda; an order on
 *     the agendas of two meetings counts twice
 * @param decided the decisions of the meetings: orders sent to a joint meeting, each decided once,
 *     with the subject responsible
 * @param dispatched the decided orders dispatched in the year: at the meeting, or when a
 *     consultation meeting agreed
 * @param supervised the orders on an agenda that a meeting put under supervision (督办), a deadline
 *     having passed
 * @param settledBeforeMeeting the items on an agenda that were closed or cancelled by the time the
 *     meeting sat
 * @param routedToJointMeeting the orders the routing rules sent to a joint meeting
 * @param awaitingMeeting the orders open at the end of the year that wait for a joint meeting not
 *     held in the year: sent to one after their community's last meeting, or put on the agenda of a
 *     quarter after the year
 * @param consultationMeetings the consultation meetings opened, one per decided order that concerns
 *     residents' homes (a compound, or a basic grid)
 * @param consultationSessions their sessions, added up
 * @param consultationsAgreed the consultation meetings whose last session agreed
 * @param mostSessions the most sessions one consultation meeting held, 0 if none was held
 */
public record MeetingFigures(
    int jointMeetings,
    int agendaItems,
    int decided,
    int dispatched,
    int supervised,
    int settledBeforeMeeting,
    int routedToJointMeeting,
    int awaitingMeeting,
    int consultationMeetings,
    int consultationSessions,
    int consultationsAgreed,
    int mostSessions) {

  /** No meetings at all. */
  public static final MeetingFigures NONE = new MeetingFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

  /** Checks that every figure is a count. */
  public MeetingFigures {
    int[] all = {
      jointMeetings,
      agendaItems,
      decided,
      dispatched,
      supervised,
      settledBeforeMeeting,
      routedToJointMeeting,
      awaitingMeeting,
      consultationMeetings,
      consultationSessions,
      consultationsAgreed,
      mostSessions
    };
    for (int n : all) {
      if (n < 0) {
        throw new IllegalArgumentException("meeting figures are counts, got " + n);
      }
    }
    if (dispatched > decided || consultationsAgreed > consultationMeetings) {
      throw new IllegalArgumentException(
          "a meeting dispatches only what it decided and a consultation agrees once; got "
              + dispatched
              + " dispatched of "
              + decided
              + " decided and "
              + consultationsAgreed
              + " agreed of "
              + consultationMeetings
              + " consultations");
    }
  }
}
