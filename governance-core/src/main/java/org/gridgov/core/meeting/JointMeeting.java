package org.gridgov.core.meeting;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.gridgov.core.calendar.YearQuarter;
import org.gridgov.core.common.Checks;
import org.gridgov.core.common.PersonalDataMask;
import org.gridgov.core.common.ValueRefusedException;
import org.gridgov.core.lists.ProjectId;
import org.gridgov.core.territory.CommunityCode;
import org.gridgov.core.workorder.WorkOrderId;

/**
 * A grid joint meeting (网格党建联席会议), held each quarter in a community by the community, its paired
 * units, the grid Party organisations, property companies and owners' committees. It agrees the
 * projects on its agenda and dispatches them as work orders.
 *
 * <p>The meeting is held within its quarter; it has at least one participant, each once; each
 * project is on the agenda once; every decision concerns a project on the agenda; and no two
 * decisions name the same work order.
 *
 * @param id its identifier
 * @param community the community
 * @param quarter the quarter it is the meeting of
 * @param heldOn the date it was held
 * @param participants who took part, in what capacity
 * @param agenda the projects discussed
 * @param decisions the work orders dispatched
 * @param minutes the minutes
 */
public record JointMeeting(
    JointMeetingId id,
    CommunityCode community,
    YearQuarter quarter,
    LocalDate heldOn,
    List<Participant> participants,
    List<ProjectId> agenda,
    List<Decision> decisions,
    String minutes) {

  /** Checks the fields and that they fit together. */
  public JointMeeting {
    Objects.requireNonNull(id, "a joint meeting needs an id");
    Objects.requireNonNull(community, "joint meeting " + id + " is of a community");
    Objects.requireNonNull(quarter, "joint meeting " + id + " is of a quarter");
    Objects.requireNonNull(heldOn, "joint meeting " + id + " has a date");
    if (!quarter.period().contains(heldOn)) {
      throw ValueRefusedException.of(
          "refused.JointMeeting.jointMeetingHeldWithin", quarter, heldOn);
    }
    participants = List.copyOf(participants);
    agenda = List.copyOf(agenda);
    decisions = List.copyOf(decisions);
    Checks.text(minutes, Checks.term("jointMeeting.minutes", id));
    if (participants.isEmpty()) {
      throw ValueRefusedException.of("refused.JointMeeting.jointMeetingHasParticipant", id);
    }
    Set<Stakeholder> present = new HashSet<>();
    for (Participant p : participants) {
      if (!present.add(p.who())) {
        throw ValueRefusedException.of(
            "refused.JointMeeting.jointMeetingListsParticipant", id, p.who());
      }
    }
    if (new HashSet<>(agenda).size() != agenda.size()) {
      throw ValueRefusedException.of("refused.JointMeeting.jointMeetingListsEach", id);
    }
    Set<WorkOrderId> orders = new HashSet<>();
    for (Decision d : decisions) {
      if (!agenda.contains(d.project())) {
        throw ValueRefusedException.of(
            "refused.JointMeeting.jointMeetingDecidesOnly", id, d.project());
      }
      if (!orders.add(d.workOrder())) {
        throw ValueRefusedException.of(
            "refused.JointMeeting.jointMeetingDispatchesWork", id, d.workOrder());
      }
    }
  }

  /**
   * The work orders the meeting dispatched.
   *
   * @return their ids, in the order of the decisions
   */
  public List<WorkOrderId> workOrders() {
    return decisions.stream().map(Decision::workOrder).toList();
  }

  /**
   * The decisions on one project.
   *
   * @param project the project
   * @return its decisions, possibly none
   */
  public List<Decision> decisionsOn(ProjectId project) {
    return decisions.stream().filter(d -> d.project().equals(project)).toList();
  }

  /**
   * The projects on the agenda that no decision dispatched.
   *
   * @return those projects, in agenda order
   */
  public List<ProjectId> undecided() {
    return agenda.stream().filter(p -> decisionsOn(p).isEmpty()).toList();
  }

  /**
   * The components, with any phone or ID number in the minutes masked.
   *
   * @return such as the default record text, masked by {@link PersonalDataMask#describe(Record)}
   */
  @Override
  public String toString() {
    return PersonalDataMask.describe(this);
  }
}
