package org.gridgov.examples.district;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.gridgov.core.district.DistrictSnapshot;
import org.gridgov.core.io.DistrictSnapshotJson;
import org.gridgov.core.io.HierarchyJson;
import org.gridgov.core.io.PersonalData;
import org.gridgov.core.territory.Territory;

/**
 * A populated district survives being written and read again: reading checks every reference
 * between its parts, so this also shows that every reference the population makes is valid.
 */
class PopulationJsonProperties {

  private static final DistrictSnapshotJson JSON = new DistrictSnapshotJson(PersonalData.INCLUDED);

  private static DistrictSnapshot roundTrip(DistrictSnapshot s) {
    return JSON.read(JSON.toJson(s).getBytes(StandardCharsets.UTF_8), "populated district");
  }

  @Example
  void thePopulatedJinanRoundTripsThroughJson() {
    Territory jinan = new HierarchyJson().readJinan().territory();
    DistrictSnapshot s = DistrictPopulation.of(Figures.REPORT).populate(jinan, 2023L).snapshot();

    assertThat(roundTrip(s)).isEqualTo(s);
  }

  @Property(tries = 15)
  void aSmallDistrictRoundTripsForAnySeed(@ForAll long seed) throws Exception {
    Territory territory =
        new HierarchyJson()
            .read(
                OtherDistrictPopulationTest.SMALL_DISTRICT.getBytes(StandardCharsets.UTF_8),
                "small district")
            .territory();
    DistrictSnapshot s =
        DistrictPopulation.of(Figures.REPORT.scaledTo(territory))
            .populate(territory, seed)
            .snapshot();

    assertThat(roundTrip(s)).isEqualTo(s);
  }
}
