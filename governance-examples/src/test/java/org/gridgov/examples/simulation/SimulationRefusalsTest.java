package org.gridgov.examples.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.gridgov.core.calendar.WorkingCalendar;
import org.gridgov.core.evaluation.Satisfaction;
import org.gridgov.core.io.HierarchyJson;
import org.gridgov.core.workorder.LedgerLine;
import org.gridgov.core.workorder.Refusal;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.core.workorder.WorkOrderCommand;
import org.gridgov.core.workorder.WorkOrderEvent;
import org.gridgov.examples.district.DistrictPopulation;
import org.gridgov.examples.district.PopulatedDistrict;
import org.gridgov.rules.GovernanceEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A year on an integrator's rating table that closes every order, whatever the resident said: the
 * domain reopens an order rated unsatisfied and refuses to close it.
 */
class SimulationRefusalsTest {

  static final String EVERY_RATING_CLOSES =
      """
      RuleSet,org.gridgov.rules.evaluation.ratings,,,,
      Import,"org.gridgov.rules.fact.RatedOrder, org.gridgov.rules.decision.RatingDecision, \
      org.gridgov.rules.decision.RatingOutcome",,,,
      Notes,"Every rating closes the order, whatever the resident said.",,,,
      ,,,,,
      RuleTable Rating outcomes,,,,,
      NAME,PRIORITY,ACTIVATION-GROUP,CONDITION,ACTION,
      ,,,$r : RatedOrder,,
      ,,,"satisfied == $1, reopeningsAfter >= $2","insert(new RatingDecision($r.order(), \
      RatingOutcome.$param, drools.getRule().getName()));",
      Rule,Priority,Group,"Satisfied, reopenings after at least",Outcome,
      a satisfied rating closes the order,0,satisfied,"true, 0",CLOSE,
      an unsatisfied rating closes the order too,0,unsatisfied,"false, 0",CLOSE,
      """;

  @Test
  void aRefusedClosingIsCountedAndTheReopenedOrderIsWorkedAgain(@TempDir Path rules)
      throws IOException {
    Files.writeString(rules.resolve("rating-outcomes.drl.csv"), EVERY_RATING_CLOSES);
    Instant start =
        YearSimulation.REPORT_YEAR_START.atStartOfDay(WorkingCalendar.CHINA).toInstant();
    SimulationClock clock = new SimulationClock(start, WorkingCalendar.CHINA);
    GovernanceEngine engine = GovernanceEngine.builder().clock(clock).rules(rules).build();
    PopulatedDistrict jinan =
        DistrictPopulation.toReportFigures(new HierarchyJson().readJinan().territory(), 5L);

    SimulationResult year =
        YearSimulation.of(jinan, engine, clock).withVolume(300).keepingOrders().run(5L);

    int unsatisfied = 0;
    Instant lastDays = Instant.parse("2024-12-28T00:00:00Z");
    for (WorkOrder o : year.orders().orElseThrow()) {
      List<WorkOrderEvent> history = o.history();
      for (int i = 0; i < history.size(); i++) {
        if (history.get(i) instanceof WorkOrderEvent.Rated rated
            && rated.rating().satisfaction() == Satisfaction.UNSATISFIED) {
          unsatisfied++;
          boolean workedAgain =
              history.subList(i + 1, history.size()).stream()
                  .anyMatch(e -> e instanceof WorkOrderEvent.Started);
          assertThat(workedAgain || rated.at().isAfter(lastDays))
              .as("order %s reopened on %s is worked again", o.id(), rated.at())
              .isTrue();
        }
      }
    }
    assertThat(unsatisfied).isPositive();
    assertThat(year.refusals())
        .containsExactly(
            entry(
                new RefusalKind(WorkOrderCommand.CLOSE, Refusal.Reason.WRONG_STATUS), unsatisfied));
    assertThat(year.refusalCount()).isEqualTo(unsatisfied);
    LedgerLine total = year.ledger().total();
    assertThat(total.closed() + total.open() + total.cancelled())
        .isEqualTo(total.formed())
        .isEqualTo(300);
  }
}
