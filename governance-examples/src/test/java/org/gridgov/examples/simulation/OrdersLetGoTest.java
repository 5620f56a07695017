package org.gridgov.examples.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gridgov.core.calendar.WorkingCalendar;
import org.gridgov.core.io.HierarchyJson;
import org.gridgov.core.territory.StreetCode;
import org.gridgov.core.workorder.EscalationLevel;
import org.gridgov.core.workorder.Ledger;
import org.gridgov.core.workorder.LedgerLine;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.core.workorder.WorkOrderEvent;
import org.gridgov.core.workorder.WorkOrderStatus;
import org.gridgov.examples.district.DistrictPopulation;
import org.gridgov.examples.district.PopulatedDistrict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A simulated year counts its orders into the ledger as they close and lets them go: it reports
 * what a year that keeps every order reports, and its escalation watch sweeps what a full sweep of
 * every open order would.
 */
class OrdersLetGoTest {

  private static PopulatedDistrict jinan;
  private static YearSimulation simulation;

  @BeforeAll
  static void populate() {
    jinan = DistrictPopulation.toReportFigures(new HierarchyJson().readJinan().territory(), 11L);
    simulation = YearSimulation.withDefaultRules(jinan);
  }

  @Test
  void aYearThatLetsOrdersGoReportsWhatAYearThatKeepsThemReports() {
    SimulationResult lean = simulation.withVolume(300).run(11L);
    SimulationResult kept = simulation.withVolume(300).keepingOrders().run(11L);

    assertThat(lean.orders()).isEmpty();
    assertThat(kept.orders()).hasValueSatisfying(orders -> assertThat(orders).hasSize(300));
    assertThat(lean.ledger()).isEqualTo(kept.ledger());
    assertThat(lean.escalationsByLevel()).isEqualTo(kept.escalationsByLevel());
    assertThat(lean.meetings()).isEqualTo(kept.meetings());
    assertThat(lean.meetingFigures()).isEqualTo(kept.meetingFigures());
    assertThat(lean.quarters()).isEqualTo(kept.quarters());
    assertThat(lean.refusals()).isEqualTo(kept.refusals());
    assertThat(new SimulationReport(jinan.snapshot().territory(), lean, 11L).json())
        .isEqualTo(new SimulationReport(jinan.snapshot().territory(), kept, 11L).json());
  }

  @Test
  void theLedgerCountedAsOrdersCloseIsTheLedgerOfEveryOrderAtTheEndOfTheYear() {
    SimulationResult year = simulation.withVolume(400).keepingOrders().run(12L);
    List<WorkOrder> orders = year.orders().orElseThrow();
    Ledger all = Ledger.of(orders, WorkingCalendar.CHINA);

    assertThat(year.ledger().total()).isEqualTo(all.total());
    assertThat(year.ledger().byStreet()).isEqualTo(all.byStreet());
    assertThat(year.ledger().byStreet().keySet())
        .containsExactlyElementsOf(all.byStreet().keySet());

    TreeMap<YearMonth, int[]> months = new TreeMap<>();
    Map<EscalationLevel, Integer> escalations = new EnumMap<>(EscalationLevel.class);
    for (EscalationLevel level : EscalationLevel.values()) {
      escalations.put(level, 0);
    }
    for (WorkOrder o : orders) {
      months.computeIfAbsent(YearMonth.from(all.formedOn(o)), m -> new int[2])[0]++;
      if (o.status() == WorkOrderStatus.CLOSED) {
        YearMonth closed = YearMonth.from(o.lastEventAt().atZone(WorkingCalendar.CHINA));
        months.computeIfAbsent(closed, m -> new int[2])[1]++;
      }
      for (WorkOrderEvent e : o.history()) {
        if (e instanceof WorkOrderEvent.Escalated up) {
          escalations.merge(up.to(), 1, Integer::sum);
        }
      }
    }
    Map<YearMonth, YearLedger.MonthLine> byMonth = new TreeMap<>();
    months.forEach((m, n) -> byMonth.put(m, new YearLedger.MonthLine(n[0], n[1])));
    assertThat(year.ledger().byMonth()).isEqualTo(byMonth);
    assertThat(year.ledger().byMonth().keySet()).containsExactlyElementsOf(byMonth.keySet());
    assertThat(year.escalationsByLevel()).isEqualTo(escalations);
    assertThat(year.escalations()).isPositive();
  }

  @Test
  void theEscalationWatchSweepsWhatAFullSweepOfEveryOpenOrderWould() {
    YearSimulation keeping = simulation.withVolume(300).keepingOrders();

    SimulationResult watched = keeping.run(13L);
    SimulationResult swept = keeping.withFullSweeps().run(13L);

    long reminders =
        watched.orders().orElseThrow().stream()
            .flatMap(o -> o.history().stream())
            .filter(WorkOrderEvent.Reminded.class::isInstance)
            .count();
    assertThat(reminders).isPositive();
    assertThat(watched.escalations()).isPositive();
    assertThat(watched.meetingFigures().agendaItems()).isPositive();
    assertThat(watched.orders()).isEqualTo(swept.orders());
    assertThat(watched.meetings()).isEqualTo(swept.meetings());
    assertThat(watched.quarters()).isEqualTo(swept.quarters());
    assertThat(watched.refusals()).isEqualTo(swept.refusals());
  }

  @Test
  void aYearLedgerWhoseStreetsOrMonthsDoNotAddUpToItsTotalIsRefused() {
    YearLedger ledger = simulation.withVolume(60).run(14L).ledger();
    Map<YearMonth, YearLedger.MonthLine> fewerMonths = new TreeMap<>(ledger.byMonth());
    fewerMonths.remove(fewerMonths.keySet().iterator().next());
    Map<StreetCode, LedgerLine> fewerStreets =
        new TreeMap<>(Comparator.comparing(StreetCode::value));
    fewerStreets.putAll(ledger.byStreet());
    fewerStreets.remove(fewerStreets.keySet().iterator().next());

    assertThat(new YearLedger(ledger.total(), ledger.byStreet(), ledger.byMonth()))
        .isEqualTo(ledger);
    assertThatThrownBy(() -> new YearLedger(ledger.total(), ledger.byStreet(), fewerMonths))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the months add up to the total")
        .hasMessageContaining(ledger.total().formed() + " formed");
    assertThatThrownBy(() -> new YearLedger(ledger.total(), fewerStreets, ledger.byMonth()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the streets' lines add up to the total");
  }
}
