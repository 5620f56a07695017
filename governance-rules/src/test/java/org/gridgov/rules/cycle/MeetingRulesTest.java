package org.gridgov.rules.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.rules.cycle.Cycles.CYCLE;
import static org.gridgov.rules.cycle.Cycles.GRID_1;
import static org.gridgov.rules.cycle.Cycles.PARTICIPANTS;
import static org.gridgov.rules.cycle.Cycles.Q1;
import static org.gridgov.rules.cycle.Cycles.VILLAGE;
import static org.gridgov.rules.cycle.Cycles.ZHANQIAN;
import static org.gridgov.rules.cycle.Cycles.applied;
import static org.gridgov.rules.cycle.Cycles.day;
import static org.gridgov.rules.cycle.Cycles.demandItem;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gridgov.core.calendar.YearQuarter;
import org.gridgov.core.cycle.AgendaEntry;
import org.gridgov.core.cycle.Capacity;
import org.gridgov.core.cycle.CycleLedger;
import org.gridgov.core.cycle.ListedDemand;
import org.gridgov.core.cycle.ListedResource;
import org.gridgov.core.cycle.MeetingMinutes;
import org.gridgov.core.cycle.MeetingOutcome;
import org.gridgov.core.cycle.ProjectKind;
import org.gridgov.core.cycle.ProjectProposal;
import org.gridgov.core.cycle.ProviderKind;
import org.gridgov.core.cycle.ResourceUse;
import org.gridgov.core.lists.DemandId;
import org.gridgov.core.lists.DemandItem;
import org.gridgov.core.lists.ProjectId;
import org.gridgov.core.lists.ResourceId;
import org.gridgov.core.lists.ResourceItem;
import org.gridgov.core.lists.ResourceKind;
import org.gridgov.core.lists.ResourceProvider;
import org.gridgov.core.lists.Urgency;
import org.gridgov.core.organisation.Area;
import org.gridgov.core.territory.CommunityCode;
import org.gridgov.core.territory.CommunityKind;
import org.gridgov.core.territory.GridCode;
import org.junit.jupiter.api.Test;

/** The joint meeting: the agenda weights, the capacity of a meeting, and the outcome rules. */
class MeetingRulesTest {

  private final CycleLedger ledger = CycleLedger.empty();

  private void fund(CommunityCode community, long yuan) {
    ResourceItem item =
        new ResourceItem(
            ResourceId.of("r-" + community),
            ResourceProvider.of(Cycles.PAIRED_UNIT),
            ResourceKind.FUNDS,
            "共建资金",
            Area.of(community));
    applied(
        ledger.list(
            new ListedResource(item, ProviderKind.PAIRED_UNIT, Set.of(), Capacity.of(yuan, 0, 0)),
            day(Q1, 1)));
  }

  /** One demand per project, each in a grid of its own so that none are grouped. */
  private List<ProjectProposal> projects(CommunityCode community, int n, long yuanEach) {
    for (int i = 1; i <= n; i++) {
      GridCode grid = community.grid(i);
      applied(
          Cycles.form(
              ledger,
              new ListedDemand(
                  demandItem("d-" + community + "-" + i, grid, Optional.empty()),
                  ProjectKind.REPAIR,
                  Capacity.of(yuanEach, 0, 0),
                  Optional.empty(),
                  10,
                  1,
                  false),
              day(Q1, 2)));
    }
    List<ProjectProposal> proposals = CYCLE.propose(ledger, community, Q1);
    proposals.forEach(p -> applied(ledger.propose(p, day(Q1, 3))));
    return proposals;
  }

  private MeetingMinutes meeting(CommunityCode community, YearQuarter quarter) {
    return CYCLE.meeting(ledger, community, quarter, day(quarter, 60), PARTICIPANTS);
  }

  /** A proposal whose resource cannot cover it and that no referral rule referred. */
  private ProjectProposal unresourced(String id) {
    fund(ZHANQIAN, 1_000);
    DemandItem item = demandItem("d-" + id, GRID_1, Optional.empty());
    ListedDemand demand =
        new ListedDemand(
            item, ProjectKind.REPAIR, Capacity.of(5_000, 0, 0), Optional.empty(), 5, 2, false);
    applied(ledger.form(demand, org.gridgov.core.cycle.Track.PROJECT_LIST, "test", day(Q1, 2)));
    ProjectProposal p =
        new ProjectProposal(
            ProjectId.of(id),
            Area.of(GRID_1),
            ProjectKind.REPAIR,
            "维修",
            List.of(item.id()),
            demand.need(),
            List.of(new ResourceUse(ResourceId.of("r-" + ZHANQIAN), Capacity.of(1_000, 0, 0), "t")),
            Optional.empty(),
            Urgency.ROUTINE,
            5,
            List.of("test"));
    applied(ledger.propose(p, day(Q1, 3)));
    return p;
  }

  private static MeetingOutcome outcomeOf(MeetingMinutes m, ProjectId id) {
    return entry(m, id).outcome();
  }

  private static AgendaEntry entry(MeetingMinutes m, ProjectId id) {
    return m.agenda().stream().filter(e -> e.project().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void aResourcedProjectWithinTheMeetingsCapacityIsAgreed() {
    fund(ZHANQIAN, 10_000);
    ProjectProposal p = projects(ZHANQIAN, 1, 5_000).get(0);

    AgendaEntry e = entry(meeting(ZHANQIAN, Q1), p.id());

    assertThat(e.outcome()).isEqualTo(MeetingOutcome.AGREED);
    assertThat(e.rule()).isEqualTo("a resourced project within the meeting's capacity is agreed");
  }

  @Test
  void aProjectBeyondTheMeetingsCapacityIsDeferred() {
    fund(ZHANQIAN, 1_000_000);
    projects(ZHANQIAN, 7, 1_000);

    MeetingMinutes m = meeting(ZHANQIAN, Q1);

    assertThat(m.with(MeetingOutcome.AGREED)).hasSize(6);
    assertThat(m.with(MeetingOutcome.DEFERRED))
        .singleElement()
        .extracting(AgendaEntry::rule)
        .isEqualTo("a project beyond the meeting's capacity is deferred");
  }

  @Test
  void aProjectWhoseResourcesAreUsedUpThisQuarterIsDeferred() {
    ProjectProposal p = unresourced("p-short");

    AgendaEntry e = entry(meeting(ZHANQIAN, Q1), p.id());

    assertThat(e.outcome()).isEqualTo(MeetingOutcome.DEFERRED);
    assertThat(e.rule())
        .isEqualTo("a project whose resources are used up this quarter is deferred");
  }

  @Test
  void aProjectWithoutResourcesForAYearIsRejected() {
    ProjectProposal p = unresourced("p-short");
    YearQuarter q = Q1;
    for (int i = 0; i < 4; i++) {
      applied(ledger.closeQuarter(q));
      q = q.next();
    }

    AgendaEntry e = entry(meeting(ZHANQIAN, q), p.id());

    assertThat(e.outcome()).isEqualTo(MeetingOutcome.REJECTED);
    assertThat(e.rule()).isEqualTo("a project without resources for a year is rejected");
    assertThat(e.reason()).isEqualTo("连续四个季度无资源可用");
  }

  @Test
  void aProjectTheCommunityCannotResourceIsReferredUp() {
    fund(ZHANQIAN, 1_000);
    ProjectProposal p = projects(ZHANQIAN, 1, 50_000).get(0);
    assertThat(p.referredTo()).isPresent();

    AgendaEntry e = entry(meeting(ZHANQIAN, Q1), p.id());

    assertThat(e.outcome()).isEqualTo(MeetingOutcome.REFERRED_UP);
    assertThat(e.rule()).isEqualTo("a project the community cannot resource is referred up");
  }

  @Test
  void aCommunitysJointMeetingAgreesUpTo6Projects() {
    MeetingMinutes m = meeting(ZHANQIAN, Q1);

    assertThat(m.kind()).isEqualTo(CommunityKind.COMMUNITY);
    assertThat(m.capacity()).isEqualTo(6);
    assertThat(m.capacityRule()).isEqualTo("a community's joint meeting agrees up to 6 projects");
  }

  @Test
  void aVillagesJointMeetingAgreesUpTo4Projects() {
    fund(VILLAGE, 1_000_000);
    projects(VILLAGE, 5, 1_000);

    MeetingMinutes m = meeting(VILLAGE, Q1);

    assertThat(m.kind()).isEqualTo(CommunityKind.VILLAGE);
    assertThat(m.capacityRule()).isEqualTo("a village's joint meeting agrees up to 4 projects");
    assertThat(m.with(MeetingOutcome.AGREED)).hasSize(4);
    assertThat(m.text()).startsWith("村级联席会议纪要");
  }

  @Test
  void anotherVillageLevelUnitsMeetingAgreesUpTo4Projects() {
    MeetingMinutes m = meeting(CommunityCode.of("350111103401"), Q1);

    assertThat(m.kind()).isEqualTo(CommunityKind.OTHER);
    assertThat(m.capacity()).isEqualTo(4);
    assertThat(m.capacityRule())
        .isEqualTo("another village-level unit's meeting agrees up to 4 projects");
  }

  @Test
  void agendaWeightUrgencyPutsTheMoreUrgentProjectFirst() {
    fund(ZHANQIAN, 1_000_000);
    for (int i = 1; i <= 2; i++) {
      DemandItem d = demandItem("d-" + i, ZHANQIAN.grid(i), Optional.empty());
      DemandItem urgent =
          i == 1
              ? d
              : new DemandItem(
                  d.id(),
                  d.category(),
                  d.matterKind(),
                  Urgency.URGENT,
                  d.channel(),
                  d.grid(),
                  d.compound(),
                  d.raisedBy(),
                  d.raisedAt(),
                  d.summary(),
                  d.spans());
      applied(
          ledger.form(
              new ListedDemand(
                  urgent,
                  ProjectKind.REPAIR,
                  Capacity.of(100, 0, 0),
                  Optional.empty(),
                  10,
                  2,
                  false),
              org.gridgov.core.cycle.Track.PROJECT_LIST,
              "test",
              day(Q1, 2)));
    }
    CYCLE.propose(ledger, ZHANQIAN, Q1).forEach(p -> applied(ledger.propose(p, day(Q1, 3))));

    MeetingMinutes m = meeting(ZHANQIAN, Q1);

    assertThat(ledger.project(m.agenda().get(0).project()).orElseThrow().proposal().demands())
        .containsExactly(DemandId.of("d-2"));
    assertThat(m.agenda().get(0).score() - m.agenda().get(1).score()).isEqualTo(3.0);
  }

  @Test
  void agendaWeightResidentsAffectedPutsTheProjectForMoreResidentsFirst() {
    fund(ZHANQIAN, 1_000_000);
    for (int i = 1; i <= 2; i++) {
      applied(
          ledger.form(
              new ListedDemand(
                  demandItem("d-" + i, ZHANQIAN.grid(i), Optional.empty()),
                  ProjectKind.REPAIR,
                  Capacity.of(100, 0, 0),
                  Optional.empty(),
                  i == 1 ? 9 : 99,
                  2,
                  false),
              org.gridgov.core.cycle.Track.PROJECT_LIST,
              "test",
              day(Q1, 2)));
    }
    CYCLE.propose(ledger, ZHANQIAN, Q1).forEach(p -> applied(ledger.propose(p, day(Q1, 3))));

    MeetingMinutes m = meeting(ZHANQIAN, Q1);

    assertThat(ledger.project(m.agenda().get(0).project()).orElseThrow().proposal().demands())
        .containsExactly(DemandId.of("d-2"));
    assertThat(m.agenda().get(0).score() - m.agenda().get(1).score())
        .isCloseTo(2.0, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void agendaWeightQuartersCarriedPutsTheOlderProjectFirst() {
    fund(ZHANQIAN, 1_000_000);
    ProjectProposal older = projects(ZHANQIAN, 1, 100).get(0);
    applied(ledger.closeQuarter(Q1));
    YearQuarter q2 = Q1.next();
    applied(
        ledger.form(
            new ListedDemand(
                demandItem("d-new", ZHANQIAN.grid(2), Optional.empty()),
                ProjectKind.REPAIR,
                Capacity.of(100, 0, 0),
                Optional.empty(),
                10,
                2,
                false),
            org.gridgov.core.cycle.Track.PROJECT_LIST,
            "test",
            day(q2, 2)));
    CYCLE.propose(ledger, ZHANQIAN, q2).forEach(p -> applied(ledger.propose(p, day(q2, 3))));

    MeetingMinutes m = meeting(ZHANQIAN, q2);

    assertThat(m.agenda().get(0).project()).isEqualTo(older.id());
    assertThat(m.agenda().get(0).score() - m.agenda().get(1).score()).isEqualTo(1.5);
  }

  @Test
  void agendaWeightResourcesAvailablePutsTheResourcedProjectFirst() {
    ProjectProposal shortOfResources = unresourced("p-short");
    applied(
        ledger.form(
            new ListedDemand(
                demandItem("d-ok", ZHANQIAN.grid(2), Optional.empty()),
                ProjectKind.REPAIR,
                Capacity.of(500, 0, 0),
                Optional.empty(),
                5,
                2,
                false),
            org.gridgov.core.cycle.Track.PROJECT_LIST,
            "test",
            day(Q1, 2)));
    CYCLE.propose(ledger, ZHANQIAN, Q1).forEach(p -> applied(ledger.propose(p, day(Q1, 3))));

    MeetingMinutes m = meeting(ZHANQIAN, Q1);

    assertThat(m.agenda().get(1).project()).isEqualTo(shortOfResources.id());
    assertThat(m.agenda().get(0).score() - m.agenda().get(1).score()).isEqualTo(4.0);
  }

  @Test
  void theMinutesRecordOnTheLedgerAndMoveTheItems() {
    fund(ZHANQIAN, 1_000_000);
    projects(ZHANQIAN, 7, 1_000);

    applied(ledger.record(meeting(ZHANQIAN, Q1)));

    assertThat(ledger.met(ZHANQIAN, Q1)).isTrue();
    assertThat(ledger.items(ZHANQIAN))
        .extracting(i -> i.state())
        .containsOnly(
            org.gridgov.core.cycle.ItemState.AGREED, org.gridgov.core.cycle.ItemState.ON_AGENDA);
    assertThat(outcomeOf(meeting(ZHANQIAN, Q1.next()), ledger.projects(ZHANQIAN).get(6).id()))
        .isEqualTo(MeetingOutcome.AGREED);
  }
}
