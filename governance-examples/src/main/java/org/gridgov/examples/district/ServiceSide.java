package org.gridgov.examples.district;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.gridgov.core.lists.Matter;
import org.gridgov.core.lists.MatterId;
import org.gridgov.core.lists.MatterKind;
import org.gridgov.core.organisation.DistrictUnit;
import org.gridgov.core.organisation.SelfGoverningKind;
import org.gridgov.core.organisation.SelfGoverningOrganisation;
import org.gridgov.core.organisation.SelfGoverningOrganisationId;
import org.gridgov.core.organisation.UnitId;
import org.gridgov.core.post.MenuItem;
import org.gridgov.core.post.ServiceMenu;
import org.gridgov.core.territory.Community;
import org.gridgov.core.territory.CommunityCode;
import org.gridgov.core.territory.CommunityKind;
import org.gridgov.core.territory.Compound;
import org.gridgov.core.territory.Grid;
import org.gridgov.core.territory.GridCode;
import org.gridgov.core.territory.GridType;
import org.gridgov.core.territory.PropertyMode;

/**
 * The service side of a population: the matters delegated to the communities, the service menu, the
 * self-governing organisations and the grid and warm stations, drawn after the territory, the
 * organisations and the people, from the population's generator.
 *
 * <p>Used once, by one thread, in the order {@link #matters()}, {@link #menu()}, {@link
 * #selfGoverning()}, {@link #stations()}, which is the order of the draws.
 */
final class ServiceSide {

  private final Figures f;
  private final RandomGenerator rnd;
  private final List<Community> villageLevel;
  private final List<DistrictUnit> departments;
  private final List<Compound> compounds;
  private final List<Grid> grids;
  private final Map<GridCode, Community> communityOfGrid;
  private final Supplier<List<Community>> communitiesFirst;

  /**
   * The service side of a district populated so far.
   *
   * @param f the figures to populate to
   * @param rnd the population's generator
   * @param villageLevel the communities, villages and other units
   * @param departments the district departments among the units
   * @param compounds the compounds
   * @param grids the grids
   * @param communityOfGrid the community of each grid
   * @param communitiesFirst draws the communities in a shuffled order, then the others
   */
  ServiceSide(
      Figures f,
      RandomGenerator rnd,
      List<Community> villageLevel,
      List<DistrictUnit> departments,
      List<Compound> compounds,
      List<Grid> grids,
      Map<GridCode, Community> communityOfGrid,
      Supplier<List<Community>> communitiesFirst) {
    this.f = f;
    this.rnd = rnd;
    this.villageLevel = villageLevel;
    this.departments = departments;
    this.compounds = compounds;
    this.grids = grids;
    this.communityOfGrid = communityOfGrid;
    this.communitiesFirst = communitiesFirst;
  }

  /**
   * The delegated matters, drawn from the vocabulary in a shuffled order; a power or assistance
   * matter goes to the department of its name, or to a drawn one if that department is not among
   * the units.
   */
  List<Matter> matters() {
    List<Vocabulary.MatterName> names = new ArrayList<>();
    for (Vocabulary.MatterName m : Vocabulary.MATTERS) {
      if (m.kind() != MatterKind.POWER || !departments.isEmpty()) {
        names.add(m);
      }
    }
    Draws.shuffle(rnd, names);
    Map<String, DistrictUnit> byName = new HashMap<>();
    departments.forEach(u -> byName.put(u.name(), u));
    List<Matter> matters = new ArrayList<>(f.delegatedMatters());
    for (int i = 0; i < f.delegatedMatters(); i++) {
      Vocabulary.MatterName m = names.get(i % names.size());
      int round = i / names.size();
      String name = round == 0 ? m.name() : m.name() + "（" + (round + 1) + "）";
      Optional<UnitId> unit = Optional.empty();
      if (m.kind() != MatterKind.AUTONOMY && !departments.isEmpty()) {
        DistrictUnit u = byName.get(m.department());
        unit =
            Optional.of(u != null ? u.id() : departments.get(rnd.nextInt(departments.size())).id());
      }
      matters.add(
          new Matter(MatterId.of(String.format("M%03d", i + 1)), name, m.kind(), true, unit));
    }
    return matters;
  }

  ServiceMenu menu() {
    List<MenuItem> local = new ArrayList<>(Vocabulary.LOCAL_MENU);
    Draws.shuffle(rnd, local);
    return new ServiceMenu(Vocabulary.STANDARD_MENU, local.subList(0, f.localMenuItems()));
  }

  /**
   * Self-governing organisations drawn from what the district gives rise to: a residents' council,
   * a mediation committee and an elderly association in each community, a ceremonies council in
   * each village, an owners' committee for a professionally managed compound and a self-management
   * group for a self-managed old one.
   */
  List<SelfGoverningOrganisation> selfGoverning() {
    record Candidate(SelfGoverningKind kind, CommunityCode community, String name) {}
    List<Candidate> candidates = new ArrayList<>();
    for (Community c : villageLevel) {
      String s = Populator.shortName(c);
      if (c.kind() == CommunityKind.COMMUNITY) {
        candidates.add(new Candidate(SelfGoverningKind.RESIDENTS_COUNCIL, c.code(), s + "居民议事会"));
        candidates.add(
            new Candidate(SelfGoverningKind.MEDIATION_COMMITTEE, c.code(), s + "人民调解委员会"));
        candidates.add(new Candidate(SelfGoverningKind.ELDERLY_ASSOCIATION, c.code(), s + "老年协会"));
      } else {
        candidates.add(new Candidate(SelfGoverningKind.CEREMONIES_COUNCIL, c.code(), s + "红白理事会"));
        candidates.add(
            new Candidate(SelfGoverningKind.MEDIATION_COMMITTEE, c.code(), s + "人民调解委员会"));
      }
    }
    for (Compound compound : compounds) {
      CommunityCode c = compound.grid().community();
      if (compound.propertyMode() == PropertyMode.SELF_MANAGED) {
        candidates.add(
            new Candidate(SelfGoverningKind.SELF_MANAGEMENT_GROUP, c, compound.name() + "居民自管小组"));
      } else if (compound.propertyMode() == PropertyMode.PROFESSIONAL && !compound.oldCompound()) {
        candidates.add(
            new Candidate(SelfGoverningKind.OWNERS_COMMITTEE, c, compound.name() + "业主委员会"));
      }
    }
    if (f.selfGoverningOrganisations() > candidates.size()) {
      throw new IllegalArgumentException(
          f.selfGoverningOrganisations()
              + " self-governing organisations are wanted, but the district gives rise to "
              + candidates.size());
    }
    Draws.shuffle(rnd, candidates);
    List<SelfGoverningOrganisation> all = new ArrayList<>();
    for (int i = 0; i < f.selfGoverningOrganisations(); i++) {
      Candidate c = candidates.get(i);
      all.add(
          new SelfGoverningOrganisation(
              SelfGoverningOrganisationId.of(String.format("SG%03d", i + 1)),
              c.name(),
              c.community(),
              c.kind()));
    }
    all.sort((a, b) -> a.id().value().compareTo(b.id().value()));
    return all;
  }

  /**
   * Grid stations go one to a community (then village) in a drawn order, in its first grid, then
   * round again to the second grids; warm stations go first to business districts, markets and
   * industrial parks, where riders and other new-employment workers gather, then to community
   * grids.
   */
  List<Station> stations() {
    Map<CommunityCode, List<Grid>> byCommunity = new LinkedHashMap<>();
    for (Grid grid : grids) {
      byCommunity.computeIfAbsent(grid.community(), c -> new ArrayList<>()).add(grid);
    }
    List<Community> order = communitiesFirst.get();
    List<Station> stations = new ArrayList<>();
    for (int round = 0; stations.size() < f.gridStations(); round++) {
      for (Community c : order) {
        List<Grid> in = byCommunity.get(c.code());
        if (round < in.size() && stations.size() < f.gridStations()) {
          Grid grid = in.get(round);
          stations.add(
              new Station(
                  String.format("GS%03d", stations.size() + 1),
                  grid.name() + "连心驿站",
                  Station.Kind.GRID_STATION,
                  grid.code()));
        }
      }
    }
    List<Grid> gathering = new ArrayList<>();
    List<Grid> urban = new ArrayList<>();
    List<Grid> rest = new ArrayList<>();
    for (Grid grid : grids) {
      GridType t = grid.type();
      if (t == GridType.BUSINESS_DISTRICT
          || t == GridType.MARKET
          || t == GridType.INDUSTRIAL_PARK) {
        gathering.add(grid);
      } else if (communityOfGrid.get(grid.code()).kind() == CommunityKind.COMMUNITY) {
        urban.add(grid);
      } else {
        rest.add(grid);
      }
    }
    Draws.shuffle(rnd, gathering);
    Draws.shuffle(rnd, urban);
    Draws.shuffle(rnd, rest);
    gathering.addAll(urban);
    gathering.addAll(rest);
    for (int i = 0; i < f.warmStations(); i++) {
      Grid grid = gathering.get(i);
      stations.add(
          new Station(
              String.format("WS%03d", i + 1),
              Populator.shortName(communityOfGrid.get(grid.code()))
                  + grid.code().serial()
                  + "号暖心驿站",
              Station.Kind.WARM_STATION,
              grid.code()));
    }
    return stations;
  }
}
