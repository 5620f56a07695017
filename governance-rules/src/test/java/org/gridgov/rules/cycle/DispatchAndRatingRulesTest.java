package org.gridgov.rules.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.rules.cycle.Cycles.CYCLE;
import static org.gridgov.rules.cycle.Cycles.GRID_1;
import static org.gridgov.rules.cycle.Cycles.OLD_COMPOUND;
import static org.gridgov.rules.cycle.Cycles.PARTICIPANTS;
import static org.gridgov.rules.cycle.Cycles.Q1;
import static org.gridgov.rules.cycle.Cycles.SUBJECTS;
import static org.gridgov.rules.cycle.Cycles.ZHANQIAN;
import static org.gridgov.rules.cycle.Cycles.applied;
import static org.gridgov.rules.cycle.Cycles.day;
import static org.gridgov.rules.cycle.Cycles.demandItem;
import static org.gridgov.rules.cycle.Cycles.resource;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.cycle.Capacity;
import org.gridgov.core.cycle.CycleLedger;
import org.gridgov.core.cycle.ItemState;
import org.gridgov.core.cycle.ListedDemand;
import org.gridgov.core.cycle.ProjectDispatch;
import org.gridgov.core.cycle.ProjectKind;
import org.gridgov.core.cycle.ProjectProposal;
import org.gridgov.core.cycle.ProjectRatingOutcome;
import org.gridgov.core.cycle.ProviderKind;
import org.gridgov.core.cycle.Subjects;
import org.gridgov.core.evaluation.Satisfaction;
import org.gridgov.core.lists.ProjectId;
import org.gridgov.core.workorder.EscalationLevel;
import org.gridgov.core.workorder.ResponsibleSubject;
import org.gridgov.core.workorder.SubjectKind;
import org.gridgov.rules.decision.ProjectRatingDecision;
import org.gridgov.rules.decision.ProjectSupervision;
import org.junit.jupiter.api.Test;

/** Dispatch (派单) with time limits and milestones, rating (评单) and supervision of late projects. */
class DispatchAndRatingRulesTest {

  private static final Subjects COMMITTEE_ONLY =
      Subjects.of(ZHANQIAN, ResponsibleSubject.community(ZHANQIAN, "站前社区居委会"));

  private final CycleLedger ledger = CycleLedger.empty();

  /** An agreed project of one kind in the old compound. */
  private ProjectId agreed(ProjectKind kind) {
    applied(
        ledger.list(
            resource("r-paired", ProviderKind.PAIRED_UNIT, Capacity.of(1_000_000, 1_000, 100)),
            day(Q1, 1)));
    applied(
        Cycles.form(
            ledger,
            new ListedDemand(
                demandItem("d-1", GRID_1, Optional.of(OLD_COMPOUND)),
                kind,
                Capacity.of(10_000, 10, 0),
                Optional.empty(),
                20,
                2,
                false),
            day(Q1, 2)));
    List<ProjectProposal> proposals = CYCLE.propose(ledger, ZHANQIAN, Q1);
    applied(ledger.propose(proposals.get(0), day(Q1, 3)));
    applied(ledger.record(CYCLE.meeting(ledger, ZHANQIAN, Q1, day(Q1, 30), PARTICIPANTS)));
    return proposals.get(0).id();
  }

  private ProjectDispatch dispatch(ProjectKind kind, Subjects subjects) {
    return CYCLE.dispatch(ledger, agreed(kind), subjects, LocalDate.of(2024, 3, 1));
  }

  @Test
  void aRepairInAManagedCompoundGoesToItsPropertyCompany() {
    ProjectDispatch d = dispatch(ProjectKind.REPAIR, SUBJECTS);

    assertThat(d.subject().kind()).isEqualTo(SubjectKind.PROPERTY_COMPANY);
    assertThat(d.subjectRule())
        .isEqualTo("a repair in a managed compound goes to its property company");
  }

  @Test
  void parkingAndChargingInAManagedCompoundGoToItsPropertyCompany() {
    ProjectDispatch d = dispatch(ProjectKind.PARKING_AND_CHARGING, SUBJECTS);

    assertThat(d.subject().kind()).isEqualTo(SubjectKind.PROPERTY_COMPANY);
    assertThat(d.subjectRule())
        .isEqualTo("parking and charging in a managed compound go to its property company");
  }

  @Test
  void aLiftInstallationGoesToTheOwnersCommittee() {
    ProjectDispatch d = dispatch(ProjectKind.LIFT_INSTALLATION, SUBJECTS);

    assertThat(d.subject().kind()).isEqualTo(SubjectKind.OWNERS_COMMITTEE);
    assertThat(d.subjectRule()).isEqualTo("a lift installation goes to the owners' committee");
  }

  @Test
  void aRenovationGoesToThePairedUnit() {
    ProjectDispatch d = dispatch(ProjectKind.RENOVATION, SUBJECTS);

    assertThat(d.subject().kind()).isEqualTo(SubjectKind.DISTRICT_UNIT);
    assertThat(d.subjectRule()).isEqualTo("a renovation goes to the paired unit");
  }

  @Test
  void aProjectGoesToTheCommunityCommittee() {
    ProjectDispatch d = dispatch(ProjectKind.REPAIR, COMMITTEE_ONLY);

    assertThat(d.subject().kind()).isEqualTo(SubjectKind.COMMUNITY_COMMITTEE);
    assertThat(d.subjectRule()).isEqualTo("a project goes to the community committee");
  }

  @Test
  void aRepairIsDoneWithin15WorkingDays() {
    // dispatched on Friday 2024-03-01; the day of dispatch is not counted, so the 15th working
    // day is Friday 2024-03-22
    ProjectDispatch d = dispatch(ProjectKind.REPAIR, SUBJECTS);

    assertThat(d.timeLimitRule()).isEqualTo("a repair is done within 15 working days");
    assertThat(d.dueOn()).isEqualTo(LocalDate.of(2024, 3, 22));
    assertThat(d.milestones()).extracting(m -> m.name()).containsExactly("现场查勘", "维修完成");
    assertThat(d.milestones().get(1).dueOn()).isEqualTo(d.dueOn());
  }

  @Test
  void aServiceIsDeliveredWithin20WorkingDays() {
    ProjectDispatch d = dispatch(ProjectKind.SERVICE, SUBJECTS);

    assertThat(d.timeLimitRule()).isEqualTo("a service is delivered within 20 working days");
    assertThat(d.dueOn()).isEqualTo(LocalDate.of(2024, 3, 29));
  }

  @Test
  void propertyManagementStartsWithin60WorkingDays() {
    ProjectDispatch d = dispatch(ProjectKind.PROPERTY_MANAGEMENT, SUBJECTS);

    assertThat(d.timeLimitRule()).isEqualTo("property management starts within 60 working days");
    assertThat(d.dueOn()).isBetween(LocalDate.of(2024, 5, 20), LocalDate.of(2024, 6, 5));
  }

  @Test
  void aRenovationIsDoneWithin180WorkingDays() {
    ProjectDispatch d = dispatch(ProjectKind.RENOVATION, SUBJECTS);

    assertThat(d.timeLimitRule()).isEqualTo("a renovation is done within 180 working days");
    assertThat(d.dueOn()).isBetween(LocalDate.of(2024, 11, 1), LocalDate.of(2024, 12, 10));
    assertThat(d.milestones()).hasSize(4);
  }

  @Test
  void aLiftIsInstalledWithin240WorkingDays() {
    ProjectDispatch d = dispatch(ProjectKind.LIFT_INSTALLATION, SUBJECTS);

    assertThat(d.timeLimitRule()).isEqualTo("a lift is installed within 240 working days");
    assertThat(d.dueOn()).isBetween(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 15));
    assertThat(d.milestones()).extracting(m -> m.name()).first().isEqualTo("业主意见征询");
  }

  @Test
  void parkingAndChargingAreBuiltWithin120WorkingDays() {
    ProjectDispatch d = dispatch(ProjectKind.PARKING_AND_CHARGING, SUBJECTS);

    assertThat(d.timeLimitRule())
        .isEqualTo("parking and charging are built within 120 working days");
    assertThat(d.dueOn()).isBetween(LocalDate.of(2024, 8, 15), LocalDate.of(2024, 9, 15));
  }

  @Test
  void aSubjectKindTheCommunityDoesNotNameIsRefusedWithTheRule() {
    ProjectId id = agreed(ProjectKind.REPAIR);
    Subjects elsewhere =
        Subjects.of(Cycles.VILLAGE, ResponsibleSubject.community(Cycles.VILLAGE, "某村村委会"));

    assertThatThrownBy(() -> CYCLE.dispatch(ledger, id, elsewhere, LocalDate.of(2024, 3, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("subjects of its community");
  }

  /** A project dispatched on 2024-03-01, taken and resolved. */
  private ProjectId resolved() {
    ProjectId id = agreed(ProjectKind.REPAIR);
    applied(ledger.dispatch(CYCLE.dispatch(ledger, id, SUBJECTS, LocalDate.of(2024, 3, 1))));
    applied(ledger.take(id, LocalDate.of(2024, 3, 2)));
    applied(ledger.resolve(id, LocalDate.of(2024, 3, 15)));
    return id;
  }

  @Test
  void aSatisfiedRatingClosesTheProject() {
    ProjectId id = resolved();

    ProjectRatingDecision d = CYCLE.onRating(ledger, id, Satisfaction.BASICALLY_SATISFIED);
    applied(ledger.rate(id, Satisfaction.BASICALLY_SATISFIED, d.outcome(), d.rule(), day(Q1, 80)));

    assertThat(d.outcome()).isEqualTo(ProjectRatingOutcome.CLOSE);
    assertThat(d.rule()).isEqualTo("a satisfied rating closes the project");
    assertThat(ledger.project(id).orElseThrow().state()).isEqualTo(ItemState.CLOSED);
  }

  @Test
  void anUnsatisfiedRatingPutsTheProjectBackOnTheAgenda() {
    ProjectId id = resolved();

    ProjectRatingDecision d = CYCLE.onRating(ledger, id, Satisfaction.UNSATISFIED);
    applied(ledger.rate(id, Satisfaction.UNSATISFIED, d.outcome(), d.rule(), day(Q1, 80)));

    assertThat(d.outcome()).isEqualTo(ProjectRatingOutcome.BACK_ON_AGENDA);
    assertThat(d.rule()).isEqualTo("an unsatisfied rating puts the project back on the agenda");
    assertThat(ledger.project(id).orElseThrow().state()).isEqualTo(ItemState.RATED);
    assertThat(
            CYCLE.meeting(ledger, ZHANQIAN, Q1.next(), day(Q1.next(), 20), PARTICIPANTS).agenda())
        .extracting(e -> e.project())
        .containsExactly(id);
  }

  /** A repair dispatched to the property company, due on 2024-03-22, taken. */
  private ProjectId taken() {
    ProjectId id = agreed(ProjectKind.REPAIR);
    applied(ledger.dispatch(CYCLE.dispatch(ledger, id, SUBJECTS, LocalDate.of(2024, 3, 1))));
    applied(ledger.take(id, LocalDate.of(2024, 3, 2)));
    return id;
  }

  private List<ProjectSupervision> superviseOn(LocalDate day) {
    List<ProjectSupervision> s = CYCLE.supervision(ledger, day);
    s.forEach(x -> applied(ledger.supervise(x.project(), x.to(), x.rule(), day)));
    return s;
  }

  @Test
  void aProjectOnTimeIsNotSupervised() {
    taken();

    assertThat(superviseOn(LocalDate.of(2024, 3, 22))).isEmpty();
  }

  @Test
  void aLateProjectIsSupervisedOneRungUp() {
    ProjectId id = taken();

    List<ProjectSupervision> s = superviseOn(LocalDate.of(2024, 3, 23));

    assertThat(s)
        .singleElement()
        .extracting(ProjectSupervision::rule)
        .isEqualTo("a late project is supervised one rung up");
    assertThat(s.get(0).to()).isEqualTo(EscalationLevel.STREET);
    assertThat(ledger.project(id).orElseThrow().level()).isEqualTo(EscalationLevel.STREET);
    assertThat(superviseOn(LocalDate.of(2024, 3, 29))).isEmpty();
  }

  @Test
  void aProjectAMonthLateGoesAnotherRungUp() {
    taken();
    superviseOn(LocalDate.of(2024, 3, 25));

    List<ProjectSupervision> s = superviseOn(LocalDate.of(2024, 4, 25));

    assertThat(s)
        .singleElement()
        .extracting(ProjectSupervision::rule)
        .isEqualTo("a project a month late goes another rung up");
    assertThat(s.get(0).to()).isEqualTo(EscalationLevel.DISTRICT);
  }

  @Test
  void aProjectAQuarterLateGoesAnotherRungUp() {
    taken();
    superviseOn(LocalDate.of(2024, 3, 25));
    superviseOn(LocalDate.of(2024, 4, 25));

    assertThat(superviseOn(LocalDate.of(2024, 5, 1))).isEmpty();
    List<ProjectSupervision> s = superviseOn(LocalDate.of(2024, 6, 25));

    assertThat(s)
        .singleElement()
        .extracting(ProjectSupervision::rule)
        .isEqualTo("a project a quarter late goes another rung up");
    assertThat(s.get(0).to()).isEqualTo(EscalationLevel.JOINT_MEETING);
    assertThat(superviseOn(LocalDate.of(2024, 9, 20))).isEmpty();
  }
}
