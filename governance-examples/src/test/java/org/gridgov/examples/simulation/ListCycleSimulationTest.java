package org.gridgov.examples.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridgov.core.calendar.WorkingCalendar;
import org.gridgov.core.calendar.YearQuarter;
import org.gridgov.core.cycle.CycleEvent;
import org.gridgov.core.cycle.CycleLedger;
import org.gridgov.core.cycle.MeetingOutcome;
import org.gridgov.core.cycle.ProjectKind;
import org.gridgov.core.cycle.ProjectRatingOutcome;
import org.gridgov.core.cycle.ReconciliationLine;
import org.gridgov.core.io.HierarchyJson;
import org.gridgov.core.lists.ProjectId;
import org.gridgov.examples.district.DistrictPopulation;
import org.gridgov.examples.district.PopulatedDistrict;
import org.gridgov.rules.GovernanceEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default simulation runs the list cycle on Jin'an over the report's period through the rules:
 * its resolved figure comes near the report's, a large project goes end to end over several
 * quarters, the ledger replays, and an integrator's table changes the result.
 */
class ListCycleSimulationTest {

  private static PopulatedDistrict jinan;
  private static ListCycleOutcome outcome;

  @BeforeAll
  static void runTheReportsPeriod() {
    jinan = DistrictPopulation.toReportFigures(new HierarchyJson().readJinan().territory(), 2024L);
    outcome = run(YearSimulation.withDefaultRules(jinan), 2024L);
  }

  private static ListCycleOutcome run(YearSimulation simulation, long seed) {
    return simulation
        .between(YearSimulation.REPORT_PERIOD_FROM, YearSimulation.REPORT_PERIOD_TO)
        .withListCycle(CycleParameters.DEFAULTS)
        .run(seed)
        .listCycle()
        .orElseThrow();
  }

  private static ReconciliationLine end(ListCycleOutcome o) {
    var all = o.ledger().reconciliations();
    return all.get(all.size() - 1).district();
  }

  @Test
  void theReportsListItemsAreFormedAndAboutItsShareResolved() {
    ReconciliationLine end = end(outcome);

    // the volume is the report's: a repeated report is replaced by another demand of its day
    assertThat(end.formed()).isEqualTo(1_242L);
    assertThat(end.resolved()).isBetween(975L - 40, 975L + 40);
    assertThat(end.formed()).isEqualTo(end.resolved() + end.open() + end.cancelled());
    assertThat(outcome.ledger().reconciliations())
        .extracting(r -> r.quarter())
        .containsExactlyElementsOf(quartersOfThePeriod());
  }

  private static List<YearQuarter> quartersOfThePeriod() {
    List<YearQuarter> qs = new ArrayList<>();
    for (YearQuarter q = YearQuarter.of(2022, 1);
        q.compareTo(YearQuarter.of(2023, 4)) <= 0;
        q = q.next()) {
      qs.add(q);
    }
    return qs;
  }

  @Test
  void aLiftInstallationOrRenovationGoesEndToEndOverSeveralQuarters() {
    Map<ProjectId, Map<String, YearQuarter>> steps = new HashMap<>();
    Map<ProjectId, ProjectKind> kinds = new HashMap<>();
    for (CycleEvent e : outcome.ledger().events()) {
      if (e instanceof CycleEvent.ProjectProposed p) {
        kinds.put(p.proposal().id(), p.proposal().kind());
        mark(steps, p.proposal().id(), "proposed", e);
      } else if (e instanceof CycleEvent.MeetingHeld m) {
        m.minutes().with(MeetingOutcome.AGREED).forEach(a -> mark(steps, a.project(), "agreed", e));
      } else if (e instanceof CycleEvent.ProjectDispatched d) {
        mark(steps, d.dispatch().project(), "dispatched", e);
      } else if (e instanceof CycleEvent.ProjectTaken t) {
        mark(steps, t.project(), "taken", e);
      } else if (e instanceof CycleEvent.ProgressReported r) {
        mark(steps, r.project(), "progress", e);
      } else if (e instanceof CycleEvent.ProjectResolved r) {
        mark(steps, r.project(), "resolved", e);
      } else if (e instanceof CycleEvent.ProjectRated r) {
        mark(steps, r.project(), "rated", e);
        if (r.outcome() == ProjectRatingOutcome.CLOSE) {
          mark(steps, r.project(), "closed", e);
        }
      }
    }
    Set<ProjectKind> large = EnumSet.of(ProjectKind.LIFT_INSTALLATION, ProjectKind.RENOVATION);
    List<String> all =
        List.of(
            "proposed", "agreed", "dispatched", "taken", "progress", "resolved", "rated", "closed");
    List<ProjectId> endToEnd =
        steps.entrySet().stream()
            .filter(s -> large.contains(kinds.get(s.getKey())))
            .filter(s -> s.getValue().keySet().containsAll(all))
            .filter(
                s -> s.getValue().get("closed").compareTo(s.getValue().get("agreed").next()) > 0)
            .map(Map.Entry::getKey)
            .toList();

    assertThat(endToEnd).isNotEmpty();
  }

  private static void mark(
      Map<ProjectId, Map<String, YearQuarter>> steps, ProjectId p, String step, CycleEvent e) {
    steps.computeIfAbsent(p, k -> new HashMap<>()).putIfAbsent(step, YearQuarter.of(e.on()));
  }

  @Test
  void replayingTheLedgersHistoryGivesItsState() {
    CycleLedger ledger = outcome.ledger();

    assertThat(CycleLedger.replay(ledger.events()).sameStateAs(ledger)).isTrue();
  }

  @Test
  void longerProjectTimeLimitsInAnIntegratorsTableResolveFewerItems(@TempDir Path rules)
      throws IOException {
    String table;
    try (InputStream in =
        GovernanceEngine.class.getResourceAsStream(
            "/org/gridgov/rules/cycle/timelimits/project-time-limits.drl.csv")) {
      table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String longer =
        table
            .replace("SERVICE, 20,", "SERVICE, 120,")
            .replace("REPAIR, 15,", "REPAIR, 90,")
            .replace("PARKING_AND_CHARGING, 120,", "PARKING_AND_CHARGING, 360,");
    assertThat(longer).isNotEqualTo(table);
    Files.writeString(rules.resolve("project-time-limits.drl.csv"), longer);
    SimulationClock clock =
        new SimulationClock(
            YearSimulation.REPORT_PERIOD_FROM.atStartOfDay(WorkingCalendar.CHINA).toInstant(),
            WorkingCalendar.CHINA);
    GovernanceEngine engine = GovernanceEngine.builder().clock(clock).rules(rules).build();

    ListCycleOutcome changed = run(YearSimulation.of(jinan, engine, clock), 2024L);

    assertThat(end(changed).formed()).isEqualTo(1_242L);
    assertThat(end(changed).resolved()).isLessThan(end(outcome).resolved() - 50);
  }
}
