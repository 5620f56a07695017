package org.gridgov.examples.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.gridgov.core.cycle.CycleLedger;
import org.gridgov.core.cycle.ItemState;
import org.gridgov.core.cycle.Reconciliation;
import org.gridgov.core.cycle.ReconciliationLine;
import org.gridgov.core.io.HierarchyJson;
import org.gridgov.core.territory.Territory;
import org.gridgov.examples.district.DistrictPopulation;
import org.gridgov.examples.district.PopulatedDistrict;

/**
 * The simulated list cycle of a small district reconciles at every quarter end, whatever the seed:
 * each item stands in exactly one state, and formed = resolved + open + cancelled for every
 * community, street and the district.
 */
class ListCycleSimulationProperties {

  /** The small district of {@link SmallDistrictSimulationTest}, its third community a village. */
  private static final String DISTRICT =
      SmallDistrictSimulationTest.DISTRICT.replace(
          "\"110105100001\", \"name\": \"红星社区居委会\"", "\"110105100201\", \"name\": \"红星村委会\"");

  private static final Territory SMALL =
      new HierarchyJson().read(DISTRICT.getBytes(StandardCharsets.UTF_8), "small").territory();

  @Property(tries = 3)
  void everyQuarterEndReconcilesAtEveryLevel(@ForAll @LongRange(min = 1, max = 1_000) long seed) {
    PopulatedDistrict small = DistrictPopulation.toReportFigures(SMALL, seed);
    CycleLedger ledger =
        YearSimulation.withDefaultRules(small)
            .between(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31))
            .withVolume(300)
            .withListCycle(CycleParameters.DEFAULTS)
            .run(seed)
            .listCycle()
            .orElseThrow()
            .ledger();

    assertThat(DISTRICT).contains("110105100201");
    assertThat(ledger.reconciliations()).hasSize(4);
    for (Reconciliation r : ledger.reconciliations()) {
      List<ReconciliationLine> lines = new ArrayList<>(r.communities().values());
      lines.addAll(r.streets().values());
      lines.add(r.district());
      for (ReconciliationLine line : lines) {
        long inStates = 0;
        for (ItemState s : ItemState.values()) {
          inStates += line.atEnd().get(s);
        }
        assertThat(inStates)
            .as("items in a state at the end of %s", r.quarter())
            .isEqualTo(line.formed());
        assertThat(line.resolved() + line.open() + line.cancelled()).isEqualTo(line.formed());
      }
    }
    assertThat(ledger.reconciliations().get(3).district().formed()).isBetween(280L, 300L);
    assertThat(CycleLedger.replay(ledger.events()).sameStateAs(ledger)).isTrue();
  }
}
