package org.gridgov.examples.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.gridgov.core.io.HierarchyJson;
import org.gridgov.core.territory.StreetCode;
import org.gridgov.core.workorder.LedgerLine;
import org.gridgov.examples.district.DistrictPopulation;
import org.gridgov.examples.district.Figures;
import org.gridgov.examples.district.PopulatedDistrict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A simulated year in Jin'an. */
class YearSimulationTest {

  private static PopulatedDistrict jinan;

  @BeforeAll
  static void populate() {
    jinan =
        DistrictPopulation.of(Figures.REPORT)
            .populate(new HierarchyJson().readJinan().territory(), 1L);
  }

  private static void assertConserved(LedgerLine line) {
    assertThat(line.closed() + line.open() + line.cancelled()).isEqualTo(line.formed());
  }

  @Test
  void smallYearConservesOrdersEscalatesClosesAndRepeats() {
    YearSimulation simulation = YearSimulation.withDefaultRules(jinan).withVolume(200);
    SimulationResult first = simulation.run(1L);
    LedgerLine total = first.ledger().total();
    assertConserved(total);
    Map<StreetCode, LedgerLine> streets = first.ledger().byStreet();
    streets.values().forEach(YearSimulationTest::assertConserved);
    assertThat(streets.values().stream().mapToInt(LedgerLine::formed).sum()).isEqualTo(200);
    assertThat(total.formed()).isEqualTo(200);
    assertThat(first.orders()).hasSize(200);
    assertThat(first.escalations()).isPositive();
    assertThat(total.closed()).isPositive();

    SimulationResult again = simulation.run(1L);
    assertThat(again.ledger().total()).isEqualTo(total);
    assertThat(again.escalationsByLevel()).isEqualTo(first.escalationsByLevel());
    assertThat(again.orders()).isEqualTo(first.orders());
  }

  @Test
  void reportYearConservesOrders() {
    SimulationResult year = YearSimulation.withDefaultRules(jinan).run(1L);
    LedgerLine total = year.ledger().total();
    assertThat(total.formed()).isEqualTo(YearSimulation.REPORT_VOLUME);
    assertConserved(total);
    year.ledger().byStreet().values().forEach(YearSimulationTest::assertConserved);
    assertThat(total.closed()).isGreaterThan(total.open());
  }
}
