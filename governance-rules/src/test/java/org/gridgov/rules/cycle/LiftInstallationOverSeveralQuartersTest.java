package org.gridgov.rules.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.rules.cycle.Cycles.CYCLE;
import static org.gridgov.rules.cycle.Cycles.PARTICIPANTS;
import static org.gridgov.rules.cycle.Cycles.Q1;
import static org.gridgov.rules.cycle.Cycles.SUBJECTS;
import static org.gridgov.rules.cycle.Cycles.ZHANQIAN;
import static org.gridgov.rules.cycle.Cycles.applied;
import static org.gridgov.rules.cycle.Cycles.big;
import static org.gridgov.rules.cycle.Cycles.day;
import static org.gridgov.rules.cycle.Cycles.form;
import static org.gridgov.rules.cycle.Cycles.resource;

import java.util.List;
import org.gridgov.core.calendar.YearQuarter;
import org.gridgov.core.cycle.Capacity;
import org.gridgov.core.cycle.CycleLedger;
import org.gridgov.core.cycle.ItemState;
import org.gridgov.core.cycle.MeetingMinutes;
import org.gridgov.core.cycle.MeetingOutcome;
import org.gridgov.core.cycle.ProjectDispatch;
import org.gridgov.core.cycle.ProjectKind;
import org.gridgov.core.cycle.ProjectProposal;
import org.gridgov.core.cycle.ProjectRatingOutcome;
import org.gridgov.core.cycle.ProviderKind;
import org.gridgov.core.cycle.ReconciliationLine;
import org.gridgov.core.evaluation.Satisfaction;
import org.gridgov.core.lists.DemandId;
import org.gridgov.core.lists.ProjectId;
import org.gridgov.core.workorder.SubjectKind;
import org.gridgov.rules.decision.ProjectRatingDecision;
import org.junit.jupiter.api.Test;

/**
 * A lift installation in an old compound, end to end over five quarters: three households' demands
 * grouped into one project, funded by the paired unit, agreed at the first quarter's meeting,
 * dispatched to the owners' committee for 240 working days, taken, reported on, resolved, rated and
 * closed; the ledger reconciles at every quarter end and replays to the same state.
 */
class LiftInstallationOverSeveralQuartersTest {

  @Test
  void aLiftInstallationGoesFromTheDemandListToClosedOverSeveralQuarters() {
    CycleLedger ledger = CycleLedger.empty();
    applied(
        ledger.list(
            resource("r-paired-funds", ProviderKind.PAIRED_UNIT, Capacity.of(400_000, 200, 0)),
            day(Q1, 1)));
    for (String id : List.of("d-lift-1", "d-lift-2", "d-lift-3")) {
      applied(form(ledger, big(id, ProjectKind.LIFT_INSTALLATION, 100_000), day(Q1, 5)));
    }

    List<ProjectProposal> proposals = CYCLE.propose(ledger, ZHANQIAN, Q1);
    assertThat(proposals).hasSize(1);
    ProjectProposal lift = proposals.get(0);
    assertThat(lift.demands())
        .containsExactly(DemandId.of("d-lift-1"), DemandId.of("d-lift-2"), DemandId.of("d-lift-3"));
    assertThat(lift.resourced()).isTrue();
    assertThat(lift.rules())
        .containsExactly(
            "demands of one compound and kind make one project", "the paired unit is asked first");
    applied(ledger.propose(lift, day(Q1, 10)));

    MeetingMinutes minutes = CYCLE.meeting(ledger, ZHANQIAN, Q1, day(Q1, 60), PARTICIPANTS);
    assertThat(minutes.agenda()).hasSize(1);
    assertThat(minutes.agenda().get(0).outcome()).isEqualTo(MeetingOutcome.AGREED);
    applied(ledger.record(minutes));
    assertThat(ledger.remaining(lift.uses().get(0).resource(), Q1))
        .isEqualTo(Capacity.of(100_000, 80, 0));

    ProjectId id = lift.id();
    ProjectDispatch dispatch = CYCLE.dispatch(ledger, id, SUBJECTS, day(Q1, 61));
    assertThat(dispatch.subject().kind()).isEqualTo(SubjectKind.OWNERS_COMMITTEE);
    assertThat(dispatch.timeLimitRule()).isEqualTo("a lift is installed within 240 working days");
    assertThat(dispatch.dueOn()).isAfter(Q1.next().next().next().firstDay());
    assertThat(dispatch.milestones()).hasSize(4);
    applied(ledger.dispatch(dispatch));
    applied(ledger.take(id, day(Q1, 63)));
    applied(ledger.closeQuarter(Q1));

    YearQuarter q = Q1.next();
    for (int i = 0; i < 3; i++) {
      applied(ledger.report(id, 30 * (i + 1), "施工推进", day(q, 20)));
      applied(ledger.closeQuarter(q));
      assertThat(ledger.item(DemandId.of("d-lift-1")).orElseThrow().state())
          .isEqualTo(ItemState.TAKEN);
      q = q.next();
    }
    applied(ledger.resolve(id, day(q, 10)));
    ProjectRatingDecision rating = CYCLE.onRating(ledger, id, Satisfaction.SATISFIED);
    assertThat(rating.outcome()).isEqualTo(ProjectRatingOutcome.CLOSE);
    applied(ledger.rate(id, Satisfaction.SATISFIED, rating.outcome(), rating.rule(), day(q, 20)));
    applied(ledger.closeQuarter(q));

    ReconciliationLine end = ledger.reconciliation(q).orElseThrow().district();
    assertThat(end.formed()).isEqualTo(3);
    assertThat(end.atEnd().get(ItemState.CLOSED)).isEqualTo(3);
    assertThat(end.during().get(ItemState.CLOSED)).isEqualTo(3);
    assertThat(ledger.reconciliations()).hasSize(5);
    assertThat(CycleLedger.replay(ledger.events()).sameStateAs(ledger)).isTrue();
  }
}
