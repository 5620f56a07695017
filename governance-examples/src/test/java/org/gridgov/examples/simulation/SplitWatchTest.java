package org.gridgov.examples.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gridgov.core.calendar.WorkingCalendar;
import org.gridgov.core.io.HierarchyJson;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.core.workorder.WorkOrderId;
import org.gridgov.examples.district.DistrictPopulation;
import org.gridgov.examples.district.PopulatedDistrict;
import org.gridgov.rules.GovernanceEngine;
import org.gridgov.rules.decision.AgendaItem;
import org.gridgov.rules.decision.EscalationStep;
import org.gridgov.rules.decision.OrderDecision;
import org.gridgov.rules.decision.Reminder;
import org.gridgov.rules.escalation.Escalation;
import org.gridgov.rules.escalation.EscalationSweep;
import org.gridgov.rules.escalation.EscalationWatch;
import org.junit.jupiter.api.Test;

/** Open orders split among several escalation watches, swept side by side. */
class SplitWatchTest {

  private static final Comparator<WorkOrderId> BY_ID = Comparator.comparing(WorkOrderId::value);

  @Test
  void sweepsWhatOneWatchOfEveryOrderSweepsInTheOrderOfTheOrdersIds() {
    SimulationClock clock =
        new SimulationClock(
            YearSimulation.REPORT_YEAR_START.atStartOfDay(WorkingCalendar.CHINA).toInstant(),
            WorkingCalendar.CHINA);
    GovernanceEngine engine = GovernanceEngine.builder().clock(clock).build();
    PopulatedDistrict jinan =
        DistrictPopulation.toReportFigures(new HierarchyJson().readJinan().territory(), 7L);
    List<WorkOrder> year =
        YearSimulation.of(jinan, engine, clock)
            .withVolume(400)
            .keepingOrders()
            .run(7L)
            .orders()
            .orElseThrow();
    Escalation escalation = Escalation.on(engine);
    EscalationWatch one = escalation.watch();
    int reminders = 0;
    int escalations = 0;
    int agenda = 0;
    try (SplitWatch split = new SplitWatch(escalation, 3, 1)) {
      for (LocalDate day = LocalDate.of(2024, 1, 2); day.getYear() == 2024; day = day.plusDays(1)) {
        if (!engine.calendar().isWorkingDay(day)) {
          continue;
        }
        Instant close = day.atTime(17, 30).atZone(WorkingCalendar.CHINA).toInstant();
        for (WorkOrder o : year) {
          // as the orders stood just before the simulation's own sweep at the close of the day
          o.asOf(close.minusNanos(1))
              .filter(then -> !then.equals(one.get(then.id()).orElse(null)))
              .ifPresent(
                  then -> {
                    one.put(then);
                    split.put(then);
                  });
        }
        clock.set(close);

        EscalationSweep whole = one.sweep();
        List<SplitWatch.Part> parts = split.sweep();

        Map<WorkOrderId, List<OrderDecision>> decided = new TreeMap<>(BY_ID);
        List<WorkOrder> applied = new ArrayList<>();
        for (SplitWatch.Part part : parts) {
          assertThat(part.sweep().at()).isEqualTo(whole.at());
          assertThat(part.looked())
              .extracting(WorkOrder::id)
              .containsExactlyElementsOf(part.sweep().decisions().keySet())
              .isSortedAccordingTo(BY_ID);
          decided.putAll(part.sweep().decisions());
          applied.addAll(part.applied().orders());
          reminders += part.sweep().all(Reminder.class).size();
          escalations += part.sweep().all(EscalationStep.class).size();
          agenda += part.sweep().all(AgendaItem.class).size();
        }
        List<WorkOrder> looked = new ArrayList<>();
        whole.decisions().keySet().forEach(id -> looked.add(one.get(id).orElseThrow()));
        assertThat(parts).hasSize(3);
        assertThat(decided).as(day.toString()).isEqualTo(whole.decisions());
        assertThat(applied)
            .containsExactlyInAnyOrderElementsOf(escalation.apply(whole, looked).orders());
      }
    }
    assertThat(reminders).isPositive();
    assertThat(escalations).isPositive();
    assertThat(agenda).isPositive();
  }

  @Test
  void refusesFewerThanOnePartOrFewerThanNoThread() {
    SimulationClock clock = new SimulationClock(Instant.EPOCH, WorkingCalendar.CHINA);
    Escalation escalation = Escalation.on(GovernanceEngine.builder().clock(clock).build());
    assertThatThrownBy(() -> new SplitWatch(escalation, 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("got 0 parts and 1 threads");
    assertThatThrownBy(() -> new SplitWatch(escalation, 2, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("got 2 parts and -1 threads");
  }
}
