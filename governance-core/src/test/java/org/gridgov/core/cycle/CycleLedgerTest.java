package org.gridgov.core.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gridgov.core.calendar.YearQuarter;
import org.gridgov.core.evaluation.Satisfaction;
import org.gridgov.core.lists.Category;
import org.gridgov.core.lists.Channel;
import org.gridgov.core.lists.DemandId;
import org.gridgov.core.lists.DemandItem;
import org.gridgov.core.lists.MatterKind;
import org.gridgov.core.lists.ProjectId;
import org.gridgov.core.lists.ResourceId;
import org.gridgov.core.lists.ResourceItem;
import org.gridgov.core.lists.ResourceKind;
import org.gridgov.core.lists.ResourceProvider;
import org.gridgov.core.lists.Urgency;
import org.gridgov.core.meeting.Participant;
import org.gridgov.core.meeting.ParticipantRole;
import org.gridgov.core.meeting.Stakeholder;
import org.gridgov.core.organisation.Area;
import org.gridgov.core.organisation.UnitId;
import org.gridgov.core.people.PersonId;
import org.gridgov.core.territory.CommunityCode;
import org.gridgov.core.territory.CommunityKind;
import org.gridgov.core.territory.GridCode;
import org.gridgov.core.workorder.ResponsibleSubject;
import org.junit.jupiter.api.Test;

/** The ledger applies what it is asked only from the right state, and refuses the rest. */
class CycleLedgerTest {

  private static final CommunityCode ZHANQIAN = CommunityCode.of("350111001001");
  private static final CommunityCode OTHER = CommunityCode.of("350111002001");
  private static final GridCode GRID = ZHANQIAN.grid(1);
  private static final YearQuarter Q1 = YearQuarter.of(2024, 1);
  private static final LocalDate JAN_5 = LocalDate.of(2024, 1, 5);

  private final CycleLedger ledger = CycleLedger.empty();

  private static ListedDemand demand(String id, GridCode grid) {
    return new ListedDemand(
        DemandItem.of(
            DemandId.of(id),
            Category.of("SERVICE_OTHER"),
            MatterKind.AUTONOMY,
            Urgency.ROUTINE,
            Channel.CALL_GROUP,
            grid,
            PersonId.of("p-1"),
            Instant.parse("2024-01-05T02:00:00Z"),
            "楼道灯坏了"),
        ProjectKind.REPAIR,
        Capacity.of(1_000, 0, 0),
        Optional.empty(),
        3,
        2,
        false);
  }

  private static ListedResource resource(String id, CommunityCode c, Capacity perQuarter) {
    return new ListedResource(
        new ResourceItem(
            ResourceId.of(id),
            ResourceProvider.of(UnitId.of("u-1")),
            ResourceKind.FUNDS,
            "共建资金",
            Area.of(c)),
        ProviderKind.PAIRED_UNIT,
        Set.of(),
        perQuarter);
  }

  private static ProjectProposal proposal(String id, List<String> demands, long yuan) {
    return new ProjectProposal(
        ProjectId.of(id),
        Area.of(GRID),
        ProjectKind.REPAIR,
        "维修",
        demands.stream().map(DemandId::of).toList(),
        Capacity.of(yuan, 0, 0),
        List.of(new ResourceUse(ResourceId.of("r-1"), Capacity.of(yuan, 0, 0), "rule")),
        Optional.empty(),
        Urgency.ROUTINE,
        3,
        List.of("rule"));
  }

  private static MeetingMinutes minutes(String project, MeetingOutcome outcome) {
    return new MeetingMinutes(
        ZHANQIAN,
        CommunityKind.COMMUNITY,
        Q1,
        LocalDate.of(2024, 2, 1),
        List.of(new Participant(Stakeholder.of(PersonId.of("p-chair")), ParticipantRole.CHAIR)),
        List.of(new AgendaEntry(ProjectId.of(project), 1, 2.0, outcome, "理由", "rule")),
        6,
        "capacity");
  }

  private static String refusal(CycleStep step) {
    assertThat(step).isInstanceOf(CycleStep.Refused.class);
    return ((CycleStep.Refused) step).reason();
  }

  private void agreedProject() {
    assertThat(ledger.list(resource("r-1", ZHANQIAN, Capacity.of(5_000, 0, 0)), JAN_5).applied())
        .isTrue();
    assertThat(ledger.form(demand("d-1", GRID), Track.PROJECT_LIST, "rule", JAN_5).applied())
        .isTrue();
    assertThat(ledger.propose(proposal("p-1", List.of("d-1"), 3_000), JAN_5).applied()).isTrue();
    assertThat(ledger.record(minutes("p-1", MeetingOutcome.AGREED)).applied()).isTrue();
  }

  @Test
  void aDemandIsFormedOnce() {
    ledger.form(demand("d-1", GRID), Track.PROJECT_LIST, "rule", JAN_5);

    assertThat(refusal(ledger.form(demand("d-1", GRID), Track.PROJECT_LIST, "rule", JAN_5)))
        .isEqualTo("demand d-1 is on the demand list already");
  }

  @Test
  void aSmallMatterIsDispatchedAtOnceAndClosedWhenSettled() {
    ledger.form(demand("d-1", GRID), Track.SETTLE_AT_ONCE, "rule", JAN_5);
    assertThat(ledger.item(DemandId.of("d-1")).orElseThrow().state())
        .isEqualTo(ItemState.DISPATCHED);

    assertThat(ledger.settle(DemandId.of("d-1"), JAN_5).applied()).isTrue();

    assertThat(ledger.item(DemandId.of("d-1")).orElseThrow().state()).isEqualTo(ItemState.CLOSED);
  }

  @Test
  void aSmallMatterWhoseOrderIsCancelledIsWithdrawnAndCountsAsCancelled() {
    ledger.form(demand("d-1", GRID), Track.SETTLE_AT_ONCE, "rule", JAN_5);

    assertThat(ledger.withdraw(DemandId.of("d-1"), "重复上报", JAN_5).applied()).isTrue();
    ledger.closeQuarter(Q1);

    assertThat(ledger.item(DemandId.of("d-1")).orElseThrow().state())
        .isEqualTo(ItemState.WITHDRAWN);
    ReconciliationLine line = ledger.reconciliation(Q1).orElseThrow().district();
    assertThat(line.cancelled()).isOne();
    assertThat(line.open()).isZero();
    assertThat(line.atEnd().get(ItemState.WITHDRAWN)).isOne();
    assertThat(CycleLedger.replay(ledger.events()).sameStateAs(ledger)).isTrue();
  }

  @Test
  void onlyADispatchedSmallMatterIsWithdrawn() {
    ledger.form(demand("d-1", GRID), Track.PROJECT_LIST, "rule", JAN_5);
    ledger.form(demand("d-2", GRID), Track.SETTLE_AT_ONCE, "rule", JAN_5);
    ledger.settle(DemandId.of("d-2"), JAN_5);
    List<CycleEvent> before = ledger.events();

    assertThat(refusal(ledger.withdraw(DemandId.of("d-1"), "", JAN_5)))
        .isEqualTo(
            "demand d-1 is withdrawn only when it is settled at once and dispatched, and it is"
                + " PROJECT_LIST and FORMED");
    assertThat(refusal(ledger.withdraw(DemandId.of("d-2"), "", JAN_5))).contains("CLOSED");
    assertThat(refusal(ledger.withdraw(DemandId.of("d-9"), "", JAN_5))).contains("d-9");
    assertThat(ledger.events()).isEqualTo(before);
    assertThat(ledger.item(DemandId.of("d-2")).orElseThrow().state()).isEqualTo(ItemState.CLOSED);
  }

  @Test
  void aDemandIsCoveredByOneProjectOnly() {
    agreedProject();
    ledger.form(demand("d-2", GRID), Track.PROJECT_LIST, "rule", JAN_5);

    assertThat(refusal(ledger.propose(proposal("p-2", List.of("d-2", "d-1"), 1), JAN_5)))
        .isEqualTo("demand d-1 is covered by project p-1 already");
    assertThat(ledger.item(DemandId.of("d-2")).orElseThrow().project()).isEmpty();
  }

  @Test
  void aProjectCoversDemandsOfItsOwnCommunityOnly() {
    ledger.list(resource("r-1", ZHANQIAN, Capacity.of(5_000, 0, 0)), JAN_5);
    ledger.form(demand("d-9", OTHER.grid(1)), Track.PROJECT_LIST, "rule", JAN_5);

    assertThat(refusal(ledger.propose(proposal("p-1", List.of("d-9"), 1), JAN_5)))
        .contains("covers demand d-9 of community 350111002001");
  }

  @Test
  void agreedProjectsCannotUseMoreThanAResourceHasLeftInTheQuarter() {
    ledger.list(resource("r-1", ZHANQIAN, Capacity.of(5_000, 0, 0)), JAN_5);
    ledger.form(demand("d-1", GRID), Track.PROJECT_LIST, "rule", JAN_5);
    ledger.propose(proposal("p-1", List.of("d-1"), 6_000), JAN_5);

    assertThat(refusal(ledger.record(minutes("p-1", MeetingOutcome.AGREED))))
        .contains("resource r-1, which has 5000 yuan, 0 h, 0 units left in 2024-Q1");
    assertThat(ledger.met(ZHANQIAN, Q1)).isFalse();
  }

  @Test
  void anAgreedProjectUsesItsResourcesInTheMeetingsQuarter() {
    agreedProject();

    assertThat(ledger.remaining(ResourceId.of("r-1"), Q1)).isEqualTo(Capacity.of(2_000, 0, 0));
    assertThat(ledger.remaining(ResourceId.of("r-1"), Q1.next()))
        .isEqualTo(Capacity.of(5_000, 0, 0));
  }

  @Test
  void aCommunityMeetsOnceAQuarter() {
    agreedProject();

    assertThat(refusal(ledger.record(minutes("p-1", MeetingOutcome.AGREED))))
        .isEqualTo("community 350111001001 held its joint meeting of 2024-Q1");
  }

  @Test
  void onlyADispatchedProjectIsTakenOrReturned() {
    agreedProject();

    assertThat(refusal(ledger.take(ProjectId.of("p-1"), JAN_5)))
        .isEqualTo("project p-1 is taken only when [DISPATCHED], and it is AGREED");
  }

  @Test
  void aReturnedProjectGoesBackToTheNextMeeting() {
    agreedProject();
    ledger.dispatch(
        new ProjectDispatch(
            ProjectId.of("p-1"),
            ResponsibleSubject.community(ZHANQIAN, "站前社区居委会"),
            LocalDate.of(2024, 2, 2),
            LocalDate.of(2024, 2, 28),
            List.of(),
            "dispatch rule",
            "time-limit rule"));

    assertThat(ledger.giveBack(ProjectId.of("p-1"), "无法施工", LocalDate.of(2024, 2, 3)).applied())
        .isTrue();
    assertThat(ledger.closeQuarter(Q1).applied()).isTrue();

    assertThat(ledger.project(ProjectId.of("p-1")).orElseThrow().state())
        .isEqualTo(ItemState.CARRIED_OVER);
    ReconciliationLine line = ledger.reconciliation(Q1).orElseThrow().district();
    assertThat(line.during().get(ItemState.RETURNED)).isEqualTo(1);
    assertThat(line.atEnd().get(ItemState.CARRIED_OVER)).isEqualTo(1);
  }

  @Test
  void quartersCloseInOrderAndAClosedQuarterTakesNothingMore() {
    assertThat(ledger.closeQuarter(Q1).applied()).isTrue();

    assertThat(refusal(ledger.closeQuarter(Q1.next().next())))
        .isEqualTo("quarters close in order: the next to close is 2024-Q2, got 2024-Q3");
    assertThat(refusal(ledger.form(demand("d-1", GRID), Track.PROJECT_LIST, "rule", JAN_5)))
        .isEqualTo("quarter 2024-Q1 is closed; nothing is recorded on 2024-01-05");
  }

  @Test
  void aQuarterDoesNotCloseOnceALaterDayIsRecorded() {
    ledger.form(demand("d-1", GRID), Track.PROJECT_LIST, "rule", LocalDate.of(2024, 4, 2));

    assertThat(refusal(ledger.closeQuarter(Q1)))
        .isEqualTo("something of 2024-04-02 is recorded already, so 2024-Q1 cannot close");
  }

  @Test
  void aRatedProjectIsClosedOrBackOnTheAgenda() {
    agreedProject();
    ProjectId p = ProjectId.of("p-1");

    assertThat(
            refusal(ledger.rate(p, Satisfaction.SATISFIED, ProjectRatingOutcome.CLOSE, "r", JAN_5)))
        .isEqualTo("project p-1 is rated only when [RESOLVED], and it is AGREED");
  }

  @Test
  void aHistoryThatDoesNotApplyIsRefusedAtItsFirstBadEvent() {
    agreedProject();
    List<CycleEvent> history = new java.util.ArrayList<>(ledger.events());
    history.add(history.get(1));

    assertThatThrownBy(() -> CycleLedger.replay(history))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("event 4 of the history")
        .hasMessageEndingWith("does not apply: demand d-1 is on the demand list already");
  }

  @Test
  void recordsRefuseWhatDoesNotFitWithMessagesInDomainWords() {
    assertThatThrownBy(() -> Capacity.of(-1, 0, 0))
        .hasMessage(
            "a capacity has 0 or more yuan, hours and materials, got -1 yuan, 0 hours, 0 materials");
    assertThatThrownBy(() -> proposal("p-1", List.of("d-1", "d-1"), 1))
        .hasMessage("proposal p-1 covers each demand once");
    assertThatThrownBy(
            () ->
                new ProjectDispatch(
                    ProjectId.of("p-1"),
                    ResponsibleSubject.community(ZHANQIAN, "居委会"),
                    LocalDate.of(2024, 2, 2),
                    LocalDate.of(2024, 2, 1),
                    List.of(),
                    "d",
                    "t"))
        .hasMessage("project p-1 is due on or after its dispatch on 2024-02-02, got 2024-02-01");
    assertThatThrownBy(
            () -> new AgendaEntry(ProjectId.of("p-1"), 0, 1.0, MeetingOutcome.AGREED, "r", "r"))
        .hasMessage("project p-1 has an agenda rank of 1 or more, got 0");
  }
}
