package org.gridgov.core.cycle;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.gridgov.core.calendar.YearQuarter;
import org.gridgov.core.common.ValueRefusedException;
import org.gridgov.core.lists.ProjectId;
import org.gridgov.core.meeting.Participant;
import org.gridgov.core.meeting.Stakeholder;
import org.gridgov.core.territory.CommunityCode;
import org.gridgov.core.territory.CommunityKind;

/**
 * The minutes of a quarterly joint meeting (网格党建联席会议纪要): who took part in what role, the agenda in
 * order, and the outcome of each project with its reason and rule. In a village the same record
 * serves the village-level joint meeting (村级联席会议) of the village Party organisation, the villagers'
 * committee and its paired units; {@link #kind()} tells which.
 *
 * @param community the community or village
 * @param kind community or village
 * @param quarter the quarter it is the meeting of
 * @param heldOn when it was held, within the quarter
 * @param participants who took part, each once, one or more
 * @param agenda the projects in agenda order, each once, ranks 1, 2, 3 …
 * @param capacity how many projects the meeting could agree, from the capacity table
 * @param capacityRule the rule that set the capacity
 */
public record MeetingMinutes(
    CommunityCode community,
    CommunityKind kind,
    YearQuarter quarter,
    LocalDate heldOn,
    List<Participant> participants,
    List<AgendaEntry> agenda,
    int capacity,
    String capacityRule) {

  /** Checks the fields and that they fit together. */
  public MeetingMinutes {
    Objects.requireNonNull(community, "minutes name the community");
    Objects.requireNonNull(kind, "the minutes of " + community + " say community or village");
    Objects.requireNonNull(quarter, "the minutes of " + community + " name the quarter");
    Objects.requireNonNull(heldOn, "the minutes of " + community + " have a date");
    if (!quarter.period().contains(heldOn)) {
      throw ValueRefusedException.of(
          "refused.MeetingMinutes.jointMeetingHeldWithin", community, quarter, heldOn);
    }
    participants = List.copyOf(participants);
    agenda = List.copyOf(agenda);
    if (participants.isEmpty()) {
      throw ValueRefusedException.of(
          "refused.MeetingMinutes.jointMeetingHasParticipant", community, quarter);
    }
    Set<Stakeholder> present = new HashSet<>();
    for (Participant p : participants) {
      if (!present.add(p.who())) {
        throw ValueRefusedException.of(
            "refused.MeetingMinutes.minutesListParticipantOnce", community, p.who());
      }
    }
    Set<ProjectId> seen = new HashSet<>();
    for (int i = 0; i < agenda.size(); i++) {
      AgendaEntry e = agenda.get(i);
      if (!seen.add(e.project())) {
        throw ValueRefusedException.of(
            "refused.MeetingMinutes.minutesListProjectOnce", community, e.project());
      }
      if (e.rank() != i + 1) {
        throw ValueRefusedException.of(
            "refused.MeetingMinutes.agendaRanksProjectsRank", community, e.rank(), (i + 1));
      }
    }
    if (capacity < 0) {
      throw ValueRefusedException.of("refused.MeetingMinutes.jointMeetingAgreesProjects", capacity);
    }
    Objects.requireNonNull(capacityRule, "the minutes name the capacity rule");
  }

  /**
   * The agenda entries with one outcome.
   *
   * @param outcome the outcome
   * @return those entries, in agenda order
   */
  public List<AgendaEntry> with(MeetingOutcome outcome) {
    return agenda.stream().filter(e -> e.outcome() == outcome).toList();
  }

  /**
   * The minutes as text, one line a participant and a project.
   *
   * @return the text, in Chinese headings with the outcome of each project and its reason
   */
  public String text() {
    StringBuilder b = new StringBuilder();
    b.append(kind == CommunityKind.VILLAGE ? "村级联席会议纪要 " : "网格党建联席会议纪要 ")
        .append(community)
        .append(' ')
        .append(quarter)
        .append(' ')
        .append(heldOn)
        .append('\n');
    for (Participant p : participants) {
      b.append("参会: ").append(p.role()).append(' ').append(p.who()).append('\n');
    }
    for (AgendaEntry e : agenda) {
      b.append(e.rank())
          .append(". ")
          .append(e.project())
          .append(' ')
          .append(e.outcome())
          .append(": ")
          .append(e.reason())
          .append(" [")
          .append(e.rule())
          .append("]\n");
    }
    return b.toString();
  }
}
