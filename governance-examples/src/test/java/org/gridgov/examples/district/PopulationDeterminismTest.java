package org.gridgov.examples.district;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.gridgov.core.io.HierarchyJson;
import org.gridgov.core.territory.Territory;
import org.junit.jupiter.api.Test;

/** The same seed gives the same district; another seed another one. */
class PopulationDeterminismTest {

  private static final Territory JINAN = new HierarchyJson().readJinan().territory();
  private static final DistrictPopulation REPORT = DistrictPopulation.of(Figures.REPORT);

  @Test
  void theSameSeedGivesAnEqualSnapshot() {
    PopulatedDistrict first = REPORT.populate(JINAN, 11L);
    PopulatedDistrict second = REPORT.populate(JINAN, 11L);

    assertThat(second.snapshot()).isEqualTo(first.snapshot());
    assertThat(second).isEqualTo(first);
  }

  @Test
  void aGeneratorInTheSameStateGivesAnEqualSnapshot() {
    PopulatedDistrict first = REPORT.populate(JINAN, new SplittableRandom(5L));
    PopulatedDistrict second = REPORT.populate(JINAN, new SplittableRandom(5L));

    assertThat(second.snapshot()).isEqualTo(first.snapshot());
  }

  @Test
  void anotherSeedGivesAnotherSnapshotWithTheSameFigures() {
    PopulatedDistrict first = REPORT.populate(JINAN, 11L);
    PopulatedDistrict other = REPORT.populate(JINAN, 12L);

    assertThat(other.snapshot()).isNotEqualTo(first.snapshot());
    assertThat(other.snapshot().territory().grids()).hasSize(983);
    assertThat(other.snapshot().posts().claims()).hasSize(3_500);
  }
}
