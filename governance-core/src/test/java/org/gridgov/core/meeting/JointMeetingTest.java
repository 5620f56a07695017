package org.gridgov.core.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.gridgov.core.calendar.YearQuarter;
import org.gridgov.core.lists.ProjectId;
import org.gridgov.core.organisation.PartyOrganisationId;
import org.gridgov.core.organisation.SelfGoverningOrganisationId;
import org.gridgov.core.organisation.UnitId;
import org.gridgov.core.territory.CommunityCode;
import org.gridgov.core.workorder.WorkOrderId;
import org.junit.jupiter.api.Test;

class JointMeetingTest {

  private static final CommunityCode COMMUNITY = CommunityCode.of("350111001001");
  private static final YearQuarter Q2 = YearQuarter.of(2024, 2);
  private static final ProjectId LIFTS = ProjectId.of("pr-lifts");
  private static final ProjectId PARKING = ProjectId.of("pr-parking");
  private static final List<Participant> PARTICIPANTS =
      List.of(
          new Participant(Stakeholder.of(PartyOrganisationId.of("po-c")), ParticipantRole.CHAIR),
          new Participant(Stakeholder.of(UnitId.of("u-housing")), ParticipantRole.PAIRED_UNIT),
          new Participant(
              Stakeholder.of(SelfGoverningOrganisationId.of("sg-owners")),
              ParticipantRole.OWNERS_COMMITTEE));
  private static final Decision LIFTS_TO_HOUSING =
      new Decision(LIFTS, Stakeholder.of(UnitId.of("u-housing")), WorkOrderId.of("wo-1"), "加装电梯立项");

  private static JointMeeting meeting(LocalDate heldOn, List<Decision> decisions) {
    return new JointMeeting(
        JointMeetingId.of("jm-1"),
        COMMUNITY,
        Q2,
        heldOn,
        PARTICIPANTS,
        List.of(LIFTS, PARKING),
        decisions,
        "二季度联席会议纪要");
  }

  @Test
  void aJointMeetingDispatchesWorkOrdersForTheProjectsItDecides() {
    // given a meeting that decided the lifts and not yet the parking
    JointMeeting meeting = meeting(LocalDate.of(2024, 5, 20), List.of(LIFTS_TO_HOUSING));

    // then it dispatched one work order and left parking undecided
    assertThat(meeting.workOrders()).containsExactly(WorkOrderId.of("wo-1"));
    assertThat(meeting.decisionsOn(LIFTS)).containsExactly(LIFTS_TO_HOUSING);
    assertThat(meeting.undecided()).containsExactly(PARKING);
  }

  @Test
  void aJointMeetingIsHeldWithinItsQuarter() {
    assertThatThrownBy(() -> meeting(LocalDate.of(2024, 7, 1), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("held within it");
  }

  @Test
  void aJointMeetingDecidesOnlyProjectsOnItsAgenda() {
    Decision offAgenda =
        new Decision(
            ProjectId.of("pr-other"),
            Stakeholder.of(UnitId.of("u-housing")),
            WorkOrderId.of("wo-2"),
            "议程外事项");
    assertThatThrownBy(() -> meeting(LocalDate.of(2024, 5, 20), List.of(offAgenda)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("only projects on its agenda");
  }

  @Test
  void aWorkOrderIsDispatchedOnlyOnce() {
    Decision sameOrder =
        new Decision(PARKING, Stakeholder.of(UnitId.of("u-prop")), WorkOrderId.of("wo-1"), "停车位划线");
    assertThatThrownBy(
            () -> meeting(LocalDate.of(2024, 5, 20), List.of(LIFTS_TO_HOUSING, sameOrder)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dispatches work order wo-1 once");
  }

  @Test
  void findsTheQuartersACommunityHeldNoMeeting() {
    // given a meeting in the second quarter only
    JointMeetings meetings =
        JointMeetings.of(List.of(meeting(LocalDate.of(2024, 5, 20), List.of())));

    // then the other three quarters of the year are missed
    assertThat(meetings.missed(COMMUNITY, YearQuarter.of(2024, 1), YearQuarter.of(2024, 4)))
        .containsExactly(YearQuarter.of(2024, 1), YearQuarter.of(2024, 3), YearQuarter.of(2024, 4));
    assertThat(meetings.of(COMMUNITY, Q2)).isPresent();
  }

  @Test
  void aCommunityHoldsOneJointMeetingAQuarter() {
    JointMeeting first = meeting(LocalDate.of(2024, 4, 10), List.of());
    JointMeeting second = meeting(LocalDate.of(2024, 6, 10), List.of());
    assertThatThrownBy(() -> JointMeetings.of(List.of(first, second)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("one joint meeting in 2024-Q2");
  }
}
