package org.gridgov.examples.district;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.gridgov.core.district.DistrictSnapshot;
import org.gridgov.core.io.HierarchyJson;
import org.gridgov.core.people.FirstSecretary;
import org.gridgov.core.people.Role;
import org.gridgov.core.territory.Compound;
import org.gridgov.core.territory.Territory;

/** Whatever the seed, the populated district holds exactly the figures it was built to. */
class PopulationFigureProperties {

  private static final Territory SMALL = small();

  private static Territory small() {
    try {
      return new HierarchyJson()
          .read(
              OtherDistrictPopulationTest.SMALL_DISTRICT.getBytes(StandardCharsets.UTF_8),
              "small district")
          .territory();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Property(tries = 20)
  void everyFigureIsReachedExactly(@ForAll long seed) {
    Figures f = Figures.REPORT.scaledTo(SMALL);
    PopulatedDistrict district = DistrictPopulation.of(f).populate(SMALL, seed);
    DistrictSnapshot s = district.snapshot();

    assertThat(s.territory().grids()).hasSize(f.grids());
    assertThat(s.organisation().pairings()).hasSize(f.districtUnits());
    assertThat(s.organisation().pairings().stream().mapToInt(p -> p.communities().size()).sum())
        .isEqualTo(f.pairedCommunities());
    assertThat(s.people().firstSecretaries().stream().filter(FirstSecretary::ofWeakGrid))
        .hasSize(f.weakGridFirstSecretaries());
    assertThat(s.posts().claims()).hasSize(f.postHolders());
    assertThat(s.people().persons().stream().filter(p -> p.has(Role.PARTY_MEMBER)))
        .hasSize(f.registeredPartyMembers());
    assertThat(s.territory().compounds().stream().filter(Compound::oldCompound))
        .hasSize(f.oldCompounds());
    assertThat(
            s.territory().compounds().stream()
                .filter(c -> c.oldCompound() && c.propertyMode().managed()))
        .hasSize(f.managedOldCompounds());
    assertThat(s.lists().matters()).hasSize(f.delegatedMatters());
    assertThat(s.organisation().selfGoverning()).hasSize(f.selfGoverningOrganisations());
    assertThat(s.people().volunteerTeams().stream().filter(v -> !v.ofGrid()))
        .hasSize(f.volunteerTeams());
    assertThat(district.stations()).hasSize(f.gridStations() + f.warmStations());
  }
}
