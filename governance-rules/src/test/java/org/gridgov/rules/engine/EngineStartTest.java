package org.gridgov.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.gridgov.core.calendar.WorkingCalendar;
import org.gridgov.core.io.WorkingCalendarJson;
import org.gridgov.rules.GovernanceEngine;
import org.gridgov.rules.decision.Decision;
import org.junit.jupiter.api.Test;

class EngineStartTest {

  @Test
  void callsMadeWhileTheDefaultRulesAreLoadingWaitForThemAndAllSeeTheSameRules() {
    GovernanceEngine engine = GovernanceEngine.builder().build();

    List<CompletableFuture<List<Decision>>> calls =
        List.of(
            CompletableFuture.supplyAsync(() -> engine.decide(DefaultCatalogue.catalogueRequest())),
            CompletableFuture.supplyAsync(
                () -> engine.decide(DefaultCatalogue.catalogueRequest())));

    for (CompletableFuture<List<Decision>> call : calls) {
      assertThat(call.join()).isEqualTo(engine.catalogue()).isNotEmpty();
    }
    assertThat(engine.replacements()).isEmpty();
  }

  @Test
  void theShippedCalendarIsReadAtTheFirstCallAndKept() {
    GovernanceEngine engine = GovernanceEngine.builder().build();

    WorkingCalendar calendar = engine.calendar();

    assertThat(engine.calendar()).isSameAs(calendar);
    assertThat(calendar.isWorkingDay(LocalDate.of(2024, 10, 1))).isFalse();
  }

  @Test
  void aCalendarGivenToTheBuilderIsTheEnginesCalendar() {
    WorkingCalendar given = WorkingCalendarJson.chinaDefault();

    assertThat(GovernanceEngine.builder().calendar(given).build().calendar()).isSameAs(given);
  }
}
