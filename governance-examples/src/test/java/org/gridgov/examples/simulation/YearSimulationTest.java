package org.gridgov.examples.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridgov.core.calendar.WorkingCalendar;
import org.gridgov.core.calendar.YearQuarter;
import org.gridgov.core.io.HierarchyJson;
import org.gridgov.core.io.WorkingCalendarJson;
import org.gridgov.core.lists.ProjectId;
import org.gridgov.core.meeting.ConsultationMeeting;
import org.gridgov.core.meeting.Decision;
import org.gridgov.core.meeting.JointMeeting;
import org.gridgov.core.meeting.JointMeetings;
import org.gridgov.core.territory.Community;
import org.gridgov.core.territory.GridCode;
import org.gridgov.core.territory.StreetCode;
import org.gridgov.core.workorder.LedgerLine;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.core.workorder.WorkOrderEvent;
import org.gridgov.core.workorder.WorkOrderId;
import org.gridgov.core.workorder.WorkOrderStatus;
import org.gridgov.examples.district.DistrictPopulation;
import org.gridgov.examples.district.PopulatedDistrict;
import org.gridgov.rules.GovernanceEngine;
import org.gridgov.rules.decision.WeakGrid;
import org.gridgov.rules.evaluation.Evaluation;
import org.gridgov.rules.evaluation.EvaluationReport;
import org.gridgov.rules.evaluation.GridScore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The year the {@code simulate} command simulates by default: Jin'an populated and simulated with
 * the seed 2024 and the report's 1,242 demands.
 */
class YearSimulationTest {

  private static final long SEED = 2024L;

  private static PopulatedDistrict jinan;
  private static GovernanceEngine engine;
  private static SimulationResult year;

  @BeforeAll
  static void simulateTheDefaultYear() {
    jinan = DistrictPopulation.toReportFigures(new HierarchyJson().readJinan().territory(), SEED);
    SimulationClock clock =
        new SimulationClock(
            YearSimulation.REPORT_YEAR_START.atStartOfDay(WorkingCalendar.CHINA).toInstant(),
            WorkingCalendar.CHINA);
    engine = GovernanceEngine.builder().clock(clock).build();
    year = YearSimulation.of(jinan, engine, clock).keepingOrders().run(SEED);
  }

  private static void assertConserved(LedgerLine line) {
    assertThat(line.closed() + line.open() + line.cancelled()).isEqualTo(line.formed());
  }

  private static Map<WorkOrderId, WorkOrder> byId(SimulationResult result) {
    Map<WorkOrderId, WorkOrder> orders = new HashMap<>();
    result.orders().orElseThrow().forEach(o -> orders.put(o.id(), o));
    return orders;
  }

  @Test
  void smallYearConservesOrdersEscalatesClosesAndRepeats() {
    YearSimulation simulation =
        YearSimulation.withDefaultRules(jinan).withVolume(200).keepingOrders();
    SimulationResult first = simulation.run(1L);
    LedgerLine total = first.ledger().total();
    assertConserved(total);
    Map<StreetCode, LedgerLine> streets = first.ledger().byStreet();
    streets.values().forEach(YearSimulationTest::assertConserved);
    assertThat(streets.values().stream().mapToInt(LedgerLine::formed).sum()).isEqualTo(200);
    assertThat(total.formed()).isEqualTo(200);
    assertThat(first.orders().orElseThrow()).hasSize(200);
    assertThat(first.escalations()).isPositive();
    assertThat(total.closed()).isPositive();

    SimulationResult again = simulation.run(1L);
    assertThat(again.ledger().total()).isEqualTo(total);
    assertThat(again.escalationsByLevel()).isEqualTo(first.escalationsByLevel());
    assertThat(again.orders()).isEqualTo(first.orders());
    assertThat(again.meetings()).isEqualTo(first.meetings());
    assertThat(again.quarters()).isEqualTo(first.quarters());
  }

  @Test
  void reportYearConservesOrdersAndRefusesNoTransition() {
    LedgerLine total = year.ledger().total();
    assertThat(total.formed()).isEqualTo(YearSimulation.REPORT_VOLUME);
    assertConserved(total);
    year.ledger().byStreet().values().forEach(YearSimulationTest::assertConserved);
    assertThat(total.closed()).isGreaterThan(total.open());
    // measured on this run: every transition the simulation, the sweeps and the meetings asked
    // of an order was applied
    assertThat(year.refusalCount()).isZero();
    assertThat(year.refusals()).isEmpty();
  }

  @Test
  void everyCommunityHoldsAJointMeetingEachQuarter() {
    List<JointMeeting> held = year.meetings().joint();
    JointMeetings register = JointMeetings.of(held);
    YearQuarter first = YearQuarter.of(2024, 1);
    YearQuarter last = YearQuarter.of(2024, 4);
    for (Community c : jinan.snapshot().territory().communities()) {
      assertThat(register.missed(c.code(), first, last)).as(c.name()).isEmpty();
    }
    assertThat(held).hasSize(4 * jinan.snapshot().territory().communities().size());
    assertThat(year.meetingFigures().jointMeetings()).isEqualTo(held.size());
    assertThat(year.meetingFigures().agendaItems())
        .isEqualTo(held.stream().mapToInt(m -> m.agenda().size()).sum());
    assertThat(year.meetingFigures().decided())
        .isEqualTo(held.stream().mapToInt(m -> m.decisions().size()).sum());
  }

  @Test
  void aMeetingsAgendaHoldsOrdersOfItsCommunitySentToItOrOpenAtTheLastQuarterEnd() {
    Map<WorkOrderId, WorkOrder> orders = byId(year);
    WorkingCalendar calendar = WorkingCalendarJson.chinaDefault();
    int items = 0;
    int reviewed = 0;
    for (JointMeeting m : year.meetings().joint()) {
      Instant sitting = m.heldOn().atTime(14, 30).atZone(WorkingCalendar.CHINA).toInstant();
      for (ProjectId p : m.agenda()) {
        WorkOrder o = orders.get(orderOf(p));
        assertThat(o.grid().community()).isEqualTo(m.community());
        assertThat(o.reportedAt()).isBefore(sitting);
        items++;
      }
      LocalDate lastDay = m.quarter().previous().lastDay();
      while (!calendar.isWorkingDay(lastDay)) {
        lastDay = lastDay.minusDays(1);
      }
      Instant sweep = lastDay.atTime(17, 30).atZone(WorkingCalendar.CHINA).toInstant();
      for (ProjectId p : m.undecided()) {
        // not decided here: put on the agenda by the sweep of the last quarter's last working day
        WorkOrder then = orders.get(orderOf(p)).asOf(sweep).orElseThrow();
        assertThat(then.status().isOpen()).as(p.value()).isTrue();
        reviewed++;
      }
    }
    assertThat(items).isEqualTo(year.meetingFigures().agendaItems());
    assertThat(reviewed).isPositive();
  }

  private static WorkOrderId orderOf(ProjectId project) {
    assertThat(project.value()).startsWith("P-");
    return WorkOrderId.of(project.value().substring("P-".length()));
  }

  @Test
  void aMeetingDispatchesWhatItDecidesAtTheMeetingOrWhenTheResidentsAgree() {
    Map<WorkOrderId, WorkOrder> orders = byId(year);
    Map<ProjectId, ConsultationMeeting> consultations = new HashMap<>();
    year.meetings().consultations().forEach(c -> consultations.put(c.project(), c));
    int dispatched = 0;
    Set<WorkOrderId> decided = new HashSet<>();
    for (JointMeeting m : year.meetings().joint()) {
      for (Decision d : m.decisions()) {
        assertThat(decided.add(d.workOrder())).as("decided once: " + d.workOrder()).isTrue();
        WorkOrder o = orders.get(d.workOrder());
        List<WorkOrderEvent.Dispatched> dispatches = dispatches(o);
        ConsultationMeeting consultation = consultations.get(d.project());
        if (consultation == null) {
          assertThat(dispatches).hasSize(1);
          assertThat(dispatches.get(0).actor().name()).startsWith("joint meeting " + m.id());
          assertThat(dispatches.get(0).at().atZone(WorkingCalendar.CHINA).toLocalDate())
              .isEqualTo(m.heldOn());
        } else if (consultation.agreed()) {
          assertThat(dispatches).hasSize(1);
          assertThat(dispatches.get(0).at().atZone(WorkingCalendar.CHINA).toLocalDate())
              .isEqualTo(consultation.agreedOn().orElseThrow());
          assertThat(consultation.sessions().get(0).heldOn()).isAfter(m.heldOn());
        } else {
          assertThat(dispatches).isEmpty();
          assertThat(o.status()).isEqualTo(WorkOrderStatus.REPORTED);
        }
        dispatched += dispatches.size();
      }
    }
    MeetingFigures f = year.meetingFigures();
    assertThat(f.routedToJointMeeting()).isPositive().isGreaterThanOrEqualTo(f.decided());
    assertThat(f.decided()).isPositive();
    assertThat(f.dispatched()).isEqualTo(dispatched);
    assertThat(f.consultationMeetings()).isPositive().isEqualTo(consultations.size());
    assertThat(f.consultationSessions())
        .isEqualTo(consultations.values().stream().mapToInt(c -> c.sessionCount()).sum());
  }

  @Test
  void ordersSentToAJointMeetingWaitReportedUntilItDecides() {
    Set<WorkOrderId> decided = new HashSet<>();
    year.meetings().joint().forEach(m -> decided.addAll(m.workOrders()));
    List<WorkOrder> waiting = new ArrayList<>();
    for (WorkOrder o : year.orders().orElseThrow()) {
      if (o.status() == WorkOrderStatus.REPORTED) {
        waiting.add(o);
      } else if (o.status() != WorkOrderStatus.CANCELLED) {
        assertThat(dispatches(o)).as(o.id().value()).isNotEmpty();
      }
    }
    int sentAndUndecided = year.meetingFigures().routedToJointMeeting() - decided.size();
    long awaitingConsultation = waiting.stream().filter(o -> decided.contains(o.id())).count();
    assertThat(waiting).hasSize((int) (sentAndUndecided + awaitingConsultation));
  }

  private static List<WorkOrderEvent.Dispatched> dispatches(WorkOrder o) {
    List<WorkOrderEvent.Dispatched> found = new ArrayList<>();
    for (WorkOrderEvent e : o.history()) {
      if (e instanceof WorkOrderEvent.Dispatched d) {
        found.add(d);
      }
    }
    return found;
  }

  @Test
  void aProgressListenerSeesEveryDayAndChangesNothing() {
    YearSimulation simulation =
        YearSimulation.withDefaultRules(jinan).withVolume(150).keepingOrders();
    List<Integer> seen = new ArrayList<>();
    int[] total = new int[1];
    SimulationResult watched =
        simulation.run(
            9L,
            (done, days) -> {
              seen.add(done);
              total[0] = days;
            });
    SimulationResult unwatched = simulation.run(9L);

    assertThat(total[0]).isBetween(240, 260);
    assertThat(seen).hasSize(total[0]);
    for (int i = 0; i < seen.size(); i++) {
      assertThat(seen.get(i)).isEqualTo(i + 1);
    }
    assertThat(watched.orders()).isEqualTo(unwatched.orders());
    assertThat(watched.meetings()).isEqualTo(unwatched.meetings());
    assertThat(watched.quarters()).isEqualTo(unwatched.quarters());
  }

  @Test
  void theEvaluationRulesFindAGridWeakInAQuarterExactlyWhenItsJudgedScoreIsBelowTheMark() {
    Evaluation evaluation = Evaluation.on(engine);
    int findings = 0;
    for (EvaluationReport q : year.quarters()) {
      Set<GridCode> belowTheMark = new HashSet<>();
      for (GridScore g : q.grids()) {
        if (g.score().isPresent()) {
          assertThat(g.basis().judgesTheGrid()).isTrue();
          assertThat(g.due().due()).isPositive();
          assertThat(g.score()).isEqualTo(evaluation.score(g.judged().figures()));
          if (g.score().getAsDouble() < 78) {
            belowTheMark.add(g.grid());
          }
        }
      }
      Set<GridCode> foundByScore = new HashSet<>();
      for (WeakGrid w : q.weakGrids()) {
        assertThat(w.quarter()).isEqualTo(q.quarter());
        assertThat(q.grid(w.grid()).orElseThrow().due().due()).isPositive();
        switch (w.reason()) {
          case SCORE_BELOW_THRESHOLD -> foundByScore.add(w.grid());
          case FALLING_SCORE -> {
            assertThat(w.score()).isLessThan(85);
            assertThat(w.evidence().previousScore().getAsDouble() - w.score())
                .isGreaterThanOrEqualTo(15);
          }
          case BOTTOM_DECILE_TWO_QUARTERS_RUNNING ->
              assertThat(q.grid(w.grid()).orElseThrow().bottomDecile()).isTrue();
        }
        findings++;
      }
      assertThat(foundByScore).as(q.quarter().toString()).isEqualTo(belowTheMark);
    }
    assertThat(findings).isPositive().isEqualTo(year.weakGridFindings().size());
    assertThat(year.quarters())
        .extracting(EvaluationReport::quarter)
        .containsExactly(
            YearQuarter.of(2024, 1),
            YearQuarter.of(2024, 2),
            YearQuarter.of(2024, 3),
            YearQuarter.of(2024, 4));
  }

  @Test
  void theQuartersJudgedAsTheYearGoesAreThoseJudgedAtItsEndOnEveryOrder() {
    assertThat(year.weakGridFindings()).isNotEmpty();
    assertThat(year.quarters())
        .isEqualTo(WholeYearEvaluation.of(jinan, year, Evaluation.on(engine)));
  }

  @Test
  void aWeakGridLineGathersTheQuartersAndReasonsOfOneGrid() {
    List<WeakGridLine> lines = year.weakGrids();
    Set<GridCode> grids = new HashSet<>();
    year.weakGridFindings().forEach(w -> grids.add(w.grid()));
    assertThat(lines).hasSize(grids.size());
    for (WeakGridLine line : lines) {
      List<WeakGrid> ofGrid =
          year.weakGridFindings().stream().filter(w -> w.grid().equals(line.grid())).toList();
      assertThat(line.quarters())
          .containsExactlyElementsOf(
              ofGrid.stream().map(WeakGrid::quarter).distinct().sorted().toList());
      assertThat(line.reasons())
          .containsExactlyInAnyOrderElementsOf(
              ofGrid.stream().map(WeakGrid::reason).distinct().toList());
      assertThat(line.lowestScore())
          .isEqualTo(ofGrid.stream().mapToDouble(WeakGrid::score).min().orElseThrow());
    }
    for (int i = 1; i < lines.size(); i++) {
      assertThat(lines.get(i).lowestScore()).isGreaterThanOrEqualTo(lines.get(i - 1).lowestScore());
    }
  }

  @Test
  void starsAreNamedInEveryQuarterWithinTheCapOfTheirCommunity() {
    Map<String, Integer> grids = new java.util.HashMap<>();
    for (var g : jinan.snapshot().territory().grids()) {
      grids.merge(g.code().community().value(), 1, Integer::sum);
    }
    int weak = year.weakGrids().size();
    assertThat(weak).isBetween(30, 80);
    for (EvaluationReport q : year.quarters()) {
      assertThat(q.stars()).as(q.quarter().toString()).isNotEmpty();
      Map<String, Long> perCommunity =
          q.stars().stream()
              .collect(
                  java.util.stream.Collectors.groupingBy(
                      st -> st.community().value(), java.util.stream.Collectors.counting()));
      perCommunity.forEach(
          (c, n) -> assertThat(n).as(c).isLessThanOrEqualTo(grids.get(c) <= 6 ? 1L : 2L));
      q.stars().forEach(st -> assertThat(st.resolvedOnTime()).isPositive());
    }
  }
}
