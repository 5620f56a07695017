package org.gridgov.examples.district;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gridgov.core.district.DistrictSnapshot;
import org.gridgov.core.io.DistrictSnapshotJson;
import org.gridgov.core.io.HierarchyJson;
import org.gridgov.core.io.JsonLoadException;
import org.gridgov.core.io.PersonalData;
import org.gridgov.core.organisation.Pairing;
import org.gridgov.core.territory.Territory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A district of the same shape as Jin'an, but small: two streets and five communities. */
class OtherDistrictPopulationTest {

  /** Two streets: one with three communities, one town with a community and a village. */
  static final String SMALL_DISTRICT =
      """
      {
        "source": "made up for a test",
        "district": {"code": "110105", "name": "试验区"},
        "streets": [
          {"code": "110105001", "name": "东风街道", "communities": [
            {"code": "110105001001", "name": "东风社区居委会"},
            {"code": "110105001002", "name": "朝阳社区委员会"},
            {"code": "110105001003", "name": "和平社区居委会"}
          ]},
          {"code": "110105100", "name": "红星镇", "communities": [
            {"code": "110105100001", "name": "红星社区居委会"},
            {"code": "110105100201", "name": "红星村委会"}
          ]}
        ]
      }
      """;

  static Territory smallDistrict(Path dir) throws IOException, JsonLoadException {
    Path file = dir.resolve("district.json");
    Files.writeString(file, SMALL_DISTRICT, StandardCharsets.UTF_8);
    return new HierarchyJson().read(file).territory();
  }

  @Test
  void populatesAnotherDistrictFileToScaledFigures(@TempDir Path dir) throws Exception {
    Territory territory = smallDistrict(dir);
    Figures figures = Figures.REPORT.scaledTo(territory);

    PopulatedDistrict district = DistrictPopulation.of(figures).populate(territory, 3L);

    DistrictSnapshot s = district.snapshot();
    assertThat(figures.pairedCommunities()).isEqualTo(4);
    assertThat(s.territory().grids()).hasSize(figures.grids());
    assertThat(s.territory().district().name()).isEqualTo("试验区");
    assertThat(s.organisation().pairings().stream().mapToInt(p -> p.communities().size()).sum())
        .isEqualTo(4);
    assertThat(s.organisation().pairings()).extracting(Pairing::unit).doesNotHaveDuplicates();
    assertThat(s.posts().claims()).hasSize(figures.postHolders());
    assertThat(s.people().persons().stream().filter(p -> p.registration().isPresent()))
        .hasSize(figures.registeredPartyMembers());
    assertThat(s.people().persons())
        .allMatch(p -> p.idNumber().orElseThrow().value().startsWith("110105"));
  }

  @Test
  void theSmallDistrictRoundTripsThroughJson(@TempDir Path dir) throws Exception {
    Territory territory = smallDistrict(dir);
    DistrictSnapshot s =
        DistrictPopulation.of(Figures.REPORT.scaledTo(territory))
            .populate(territory, 9L)
            .snapshot();
    Path file = dir.resolve("snapshot.json");
    DistrictSnapshotJson json = new DistrictSnapshotJson(PersonalData.INCLUDED);

    json.write(s, file);

    assertThat(json.read(file)).isEqualTo(s);
  }

  @Test
  void refusesFiguresTheDistrictCannotHoldAndSaysHowToFitThem(@TempDir Path dir) throws Exception {
    Territory territory = smallDistrict(dir);

    assertThatThrownBy(() -> DistrictPopulation.of(Figures.REPORT).populate(territory, 1L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Figures.scaledTo(territory)");
  }

  @Test
  void refusesATerritoryThatAlreadyHasGrids() {
    Territory jinan = new HierarchyJson().readJinan().territory();
    Territory populated =
        DistrictPopulation.of(Figures.REPORT).populate(jinan, 1L).snapshot().territory();

    assertThatThrownBy(() -> DistrictPopulation.of(Figures.REPORT).populate(populated, 1L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("already has 983 grids");
  }

  @Test
  void keepsTheReportsFiguresForADistrictOfNinetyFourCommunities() {
    Territory jinan = new HierarchyJson().readJinan().territory();

    assertThat(Figures.REPORT.scaledTo(jinan)).isSameAs(Figures.REPORT);
  }
}
