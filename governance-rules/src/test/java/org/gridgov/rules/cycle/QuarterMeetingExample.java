package org.gridgov.rules.cycle;

import java.time.LocalDate;
import java.util.List;
import org.gridgov.core.calendar.YearQuarter;
import org.gridgov.core.cycle.AgendaEntry;
import org.gridgov.core.cycle.CycleLedger;
import org.gridgov.core.cycle.ListedDemand;
import org.gridgov.core.cycle.MeetingMinutes;
import org.gridgov.core.cycle.MeetingOutcome;
import org.gridgov.core.cycle.ProjectProposal;
import org.gridgov.core.cycle.Subjects;
import org.gridgov.core.meeting.Participant;
import org.gridgov.core.territory.CommunityCode;
import org.gridgov.rules.GovernanceEngine;
import org.gridgov.rules.decision.TrackDecision;

/** The host program of docs/EMBEDDING.md, "The list cycle: one quarter's joint meeting". */
final class QuarterMeetingExample {

  private QuarterMeetingExample() {}

  // tag::quarter-meeting[]
  /** Runs one quarter of a community's list cycle up to the dispatch of what its meeting agreed. */
  static MeetingMinutes runQuarter(
      GovernanceEngine engine,
      CycleLedger ledger,
      CommunityCode community,
      YearQuarter quarter,
      List<ListedDemand> demands,
      List<Participant> participants,
      Subjects subjects) {
    ListCycle cycle = ListCycle.on(engine);
    LocalDate start = quarter.firstDay();
    // the grid sorts its demands onto the demand list: settled at once, or the project list
    for (ListedDemand demand : demands) {
      TrackDecision track = cycle.track(demand);
      ledger.form(demand, track.track(), track.rule(), start).orElseThrow();
    }
    // proposals by the rules: grouped by compound or grid and kind, matched with resources
    for (ProjectProposal proposal : cycle.propose(ledger, community, quarter)) {
      ledger.propose(proposal, start.plusDays(20)).orElseThrow();
    }
    // the quarterly joint meeting: agenda by score, outcomes within its capacity
    LocalDate heldOn = start.plusDays(45);
    MeetingMinutes minutes = cycle.meeting(ledger, community, quarter, heldOn, participants);
    ledger.record(minutes).orElseThrow();
    // the meeting dispatches (派单) what it agreed, with time limits and milestones
    for (AgendaEntry agreed : minutes.with(MeetingOutcome.AGREED)) {
      ledger.dispatch(cycle.dispatch(ledger, agreed.project(), subjects, heldOn)).orElseThrow();
    }
    return minutes;
  }
  // end::quarter-meeting[]
}
