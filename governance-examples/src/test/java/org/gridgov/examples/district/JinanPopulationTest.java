package org.gridgov.examples.district;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gridgov.core.district.DistrictSnapshot;
import org.gridgov.core.io.HierarchyJson;
import org.gridgov.core.lists.Matter;
import org.gridgov.core.lists.MatterKind;
import org.gridgov.core.organisation.DistrictUnit;
import org.gridgov.core.organisation.Pairing;
import org.gridgov.core.organisation.PartyOrganisationKind;
import org.gridgov.core.organisation.UnitKind;
import org.gridgov.core.people.AssignmentRole;
import org.gridgov.core.people.FirstSecretary;
import org.gridgov.core.people.Person;
import org.gridgov.core.people.Role;
import org.gridgov.core.post.PostClaim;
import org.gridgov.core.post.PostTypeCatalogue;
import org.gridgov.core.post.ServicePost;
import org.gridgov.core.territory.Community;
import org.gridgov.core.territory.CommunityKind;
import org.gridgov.core.territory.Compound;
import org.gridgov.core.territory.Grid;
import org.gridgov.core.territory.Territory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Jin'an district populated to the report's figures. */
class JinanPopulationTest {

  private static Territory jinan;
  private static PopulatedDistrict district;
  private static DistrictSnapshot s;

  @BeforeAll
  static void populate() {
    jinan = new HierarchyJson().readJinan().territory();
    district = DistrictPopulation.of(Figures.REPORT).populate(jinan, 2023L);
    s = district.snapshot();
  }

  @Test
  void hasOneGridPerCallGroupAndCommunitiesHaveMoreGridsThanVillages() {
    Territory t = s.territory();
    assertThat(t.grids()).hasSize(983);
    for (Community c : t.communities()) {
      assertThat(t.gridsOf(c.code())).as(c.name()).isNotEmpty();
    }
    assertThat(averageGrids(t, CommunityKind.COMMUNITY))
        .isGreaterThan(2 * averageGrids(t, CommunityKind.VILLAGE));
    assertThat(t.grids()).anyMatch(g -> g.type().dedicated());
    assertThat(t.grids().stream().filter(g -> !g.type().dedicated()))
        .allMatch(g -> g.households() > 0);
  }

  private static double averageGrids(Territory t, CommunityKind kind) {
    return t.communities().stream()
        .filter(c -> c.kind() == kind)
        .mapToInt(c -> t.gridsOf(c.code()).size())
        .average()
        .orElseThrow();
  }

  @Test
  void pairsSixtyEightDistrictUnitsWithExactlyNinetyFourCommunities() {
    List<DistrictUnit> departments =
        s.organisation().units().stream()
            .filter(u -> u.kind() == UnitKind.DISTRICT_DEPARTMENT)
            .toList();
    assertThat(departments).hasSize(68);
    assertThat(departments).extracting(DistrictUnit::name).contains("区民政局", "区城市管理局");
    List<Pairing> pairings = s.organisation().pairings();
    assertThat(pairings).hasSize(68);
    Set<?> paired =
        pairings.stream().flatMap(p -> p.communities().stream()).collect(Collectors.toSet());
    int covered = pairings.stream().mapToInt(p -> p.communities().size()).sum();
    assertThat(paired).hasSize(94);
    assertThat(covered).as("no community paired twice").isEqualTo(94);
    assertThat(pairings).anyMatch(Pairing::oneToOne).anyMatch(p -> !p.oneToOne());
    assertThat(paired)
        .allMatch(
            c ->
                s.territory()
                        .community((org.gridgov.core.territory.CommunityCode) c)
                        .orElseThrow()
                        .kind()
                    == CommunityKind.COMMUNITY);
  }

  @Test
  void sendsFiftyThreeFirstSecretariesToWeakGridsFromTheirPairedUnits() {
    List<FirstSecretary> weak =
        s.people().firstSecretaries().stream().filter(FirstSecretary::ofWeakGrid).toList();
    assertThat(weak).hasSize(53);
    Map<?, Pairing> byUnit =
        s.organisation().pairings().stream()
            .collect(Collectors.toMap(Pairing::unit, Function.identity()));
    assertThat(weak).allMatch(fs -> byUnit.get(fs.sendingUnit()).covers(fs.area().community()));
    assertThat(s.people().firstSecretaries().stream().filter(fs -> !fs.ofWeakGrid())).hasSize(94);
  }

  @Test
  void putsThreeThousandFiveHundredPostHoldersOnSevenPostTypes() {
    List<PostClaim> claims = s.posts().claims();
    assertThat(claims).hasSize(3_500);
    assertThat(claims.stream().map(PostClaim::person).distinct()).hasSize(3_500);
    Map<?, ServicePost> posts =
        s.posts().servicePosts().stream()
            .collect(Collectors.toMap(ServicePost::id, Function.identity()));
    assertThat(claims.stream().map(c -> posts.get(c.post()).type()).distinct())
        .containsExactlyInAnyOrderElementsOf(PostTypeCatalogue.defaults().types());
    Map<?, Long> perPost =
        claims.stream().collect(Collectors.groupingBy(PostClaim::post, Collectors.counting()));
    assertThat(perPost)
        .allSatisfy((id, n) -> assertThat(n).isLessThanOrEqualTo(posts.get(id).capacity()));
    Map<String, Person> persons = personsById();
    assertThat(claims)
        .allMatch(
            c -> persons.get(c.person().value()).homeGrid().equals(posts.get(c.post()).grid()));
    assertThat(claims)
        .allMatch(
            c -> {
              Person p = persons.get(c.person().value());
              return p.has(Role.CAPABLE_RESIDENT) || p.has(Role.PARTY_MEMBER);
            });
  }

  private static Map<String, Person> personsById() {
    return s.people().persons().stream()
        .collect(Collectors.toMap(p -> p.id().value(), Function.identity()));
  }

  @Test
  void registersSeventeenThousandPartyMembersIntoGrids() {
    List<Person> members =
        s.people().persons().stream().filter(p -> p.has(Role.PARTY_MEMBER)).toList();
    assertThat(members).hasSize(17_000);
    assertThat(members).allMatch(p -> p.registration().isPresent());
  }

  @Test
  void givesEveryGridItsWorkerItsBranchAndItsTwoTeams() {
    assertThat(
            s.people().assignments().stream()
                .filter(a -> a.role() == AssignmentRole.GRID_WORKER)
                .map(a -> a.grid())
                .distinct())
        .hasSize(983);
    assertThat(s.people().assignments())
        .anyMatch(a -> a.role() == AssignmentRole.BUILDING_CHIEF)
        .anyMatch(a -> a.role() == AssignmentRole.LANE_CHIEF);
    assertThat(
            s.organisation().partyOrganisations().stream()
                .filter(o -> o.kind() == PartyOrganisationKind.GRID_PARTY_BRANCH))
        .hasSize(983);
    assertThat(s.organisation().gridTeams()).hasSize(983);
    assertThat(s.organisation().jointCommittees()).hasSize(212);
    assertThat(s.organisation().jointCommittees()).allMatch(j -> j.x() >= 0);
    assertThat(
            s.organisation().jointCommittees().stream()
                .filter(j -> j.community().value().charAt(9) <= '1'))
        .allMatch(j -> j.x() > 0);
  }

  @Test
  void bringsTwoHundredEightyOldCompoundsUnderManagementAndRenovatesSeventyThree() {
    List<Compound> old = s.territory().compounds().stream().filter(Compound::oldCompound).toList();
    assertThat(old).hasSize(400);
    assertThat(old.stream().filter(c -> c.propertyMode().managed())).hasSize(280);
    assertThat(old.stream().filter(c -> !c.renovations().isEmpty())).hasSize(73);
    assertThat(s.territory().compounds())
        .filteredOn(c -> !c.oldCompound() && c.propertyMode().managed())
        .allMatch(c -> c.propertyCompany().isPresent());
    assertThat(s.territory().buildings()).isNotEmpty();
  }

  @Test
  void catalogues169DelegatedMattersOfAllThreeKinds() {
    List<Matter> matters = s.lists().matters();
    assertThat(matters).hasSize(169).allMatch(Matter::delegatedToCommunities);
    assertThat(matters.stream().map(Matter::kind).distinct())
        .containsExactlyInAnyOrder(MatterKind.POWER, MatterKind.AUTONOMY, MatterKind.ASSISTANCE);
    assertThat(matters.stream().map(Matter::name).distinct()).hasSize(169);
  }

  @Test
  void hasTheReportsStationsOrganisationsTeamsAndMenu() {
    assertThat(district.stations().stream().filter(st -> st.kind() == Station.Kind.GRID_STATION))
        .hasSize(137);
    assertThat(district.stations().stream().filter(st -> st.kind() == Station.Kind.WARM_STATION))
        .hasSize(15);
    assertThat(s.organisation().selfGoverning()).hasSize(45);
    assertThat(s.people().volunteerTeams().stream().filter(v -> !v.ofGrid())).hasSize(130);
    assertThat(s.people().volunteerTeams().stream().filter(v -> v.ofGrid())).hasSize(983);
    assertThat(s.posts().menu().orElseThrow().x()).isEqualTo(5);
    assertThat(s.posts().menu().orElseThrow().standard()).hasSize(10);
  }

  @Test
  void leavesOrdersMeetingsAndListsForTheSimulation() {
    assertThat(s.orders()).isEmpty();
    assertThat(s.meetings()).isEqualTo(DistrictSnapshot.Meetings.EMPTY);
    assertThat(s.lists().demands()).isEmpty();
    assertThat(district.figures()).isEqualTo(Figures.REPORT);
  }

  @Test
  void anotherSeedGivesTheSameFiguresInAnotherLayout() {
    DistrictPopulation population = DistrictPopulation.of(Figures.REPORT);
    PopulatedDistrict again = population.populate(jinan, 7L);
    assertThat(again.snapshot().territory().grids()).hasSize(983);
    assertThat(again.snapshot()).isNotEqualTo(population.populate(jinan, 1L).snapshot());
  }

  @Test
  void givesGridsOnlyToTheCommunitiesOfTheFile() {
    assertThat(s.territory().grids())
        .extracting(Grid::community)
        .allMatch(c -> jinan.community(c).isPresent());
  }
}
