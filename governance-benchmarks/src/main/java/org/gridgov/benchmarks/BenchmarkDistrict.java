package org.gridgov.benchmarks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gridgov.core.district.DistrictSnapshot;
import org.gridgov.core.io.HierarchyJson;
import org.gridgov.core.lists.Category;
import org.gridgov.core.lists.Channel;
import org.gridgov.core.lists.DemandId;
import org.gridgov.core.lists.DemandItem;
import org.gridgov.core.lists.MatterKind;
import org.gridgov.core.lists.Urgency;
import org.gridgov.core.organisation.Area;
import org.gridgov.core.organisation.DistrictUnit;
import org.gridgov.core.organisation.Pairing;
import org.gridgov.core.organisation.UnitId;
import org.gridgov.core.organisation.UnitKind;
import org.gridgov.core.people.Assignment;
import org.gridgov.core.people.Person;
import org.gridgov.core.people.PersonId;
import org.gridgov.core.people.PersonName;
import org.gridgov.core.people.PhoneNumber;
import org.gridgov.core.people.Role;
import org.gridgov.core.people.Skill;
import org.gridgov.core.territory.Community;
import org.gridgov.core.territory.CommunityCode;
import org.gridgov.core.territory.Compound;
import org.gridgov.core.territory.CompoundId;
import org.gridgov.core.territory.Grid;
import org.gridgov.core.territory.GridCode;
import org.gridgov.core.territory.GridType;
import org.gridgov.core.territory.PropertyMode;
import org.gridgov.core.territory.Territory;
import org.gridgov.rules.routing.DistrictContext;

/**
 * The Jin'an district (its real 212 communities, villages and farm areas) with generated grids,
 * compounds, grid workers, pairings, capable residents and volunteers, and demands that span grids
 * or communities. Deterministic: the same every time it is made.
 *
 * @param snapshot the district
 * @param competentUnits the unit competent for some categories of power matters
 * @param grids every generated grid, in a stable order
 * @param compoundsByGrid the compounds of each grid
 * @param spanningDemands the demands that reach beyond their grid, which orders may come from
 */
public record BenchmarkDistrict(
    DistrictSnapshot snapshot,
    Map<Category, UnitId> competentUnits,
    List<GridCode> grids,
    Map<GridCode, List<CompoundId>> compoundsByGrid,
    List<DemandId> spanningDemands) {

  /** Grids generated in each community or village. */
  public static final int GRIDS_PER_COMMUNITY = 4;

  private static final LocalDate SINCE = LocalDate.of(2023, 1, 1);
  private static final Instant RAISED = Instant.parse("2024-03-01T02:00:00Z");
  private static final List<Skill> SKILLS =
      List.of(
          Skill.ELDERLY_CARE,
          Skill.PSYCHOLOGY,
          Skill.PLUMBING,
          Skill.LAW,
          Skill.MEDIATION,
          Skill.ELECTRICIAN);
  private static final PropertyMode[] MODES = PropertyMode.values();

  /** Copies the collections. */
  public BenchmarkDistrict {
    competentUnits = Map.copyOf(competentUnits);
    grids = List.copyOf(grids);
    compoundsByGrid = Map.copyOf(compoundsByGrid);
    spanningDemands = List.copyOf(spanningDemands);
  }

  /**
   * Makes the district.
   *
   * @return the district
   */
  public static BenchmarkDistrict jinan() {
    Territory jinan = new HierarchyJson().readJinan().territory();
    Territory.Builder territory = jinan.toBuilder();
    List<Community> communities = new ArrayList<>(jinan.communities());
    communities.sort((a, b) -> a.code().value().compareTo(b.code().value()));
    List<GridCode> grids = new ArrayList<>();
    Map<GridCode, List<CompoundId>> compounds = new LinkedHashMap<>();
    List<Person> persons = new ArrayList<>();
    List<Assignment> assignments = new ArrayList<>();
    List<DistrictUnit> units = new ArrayList<>();
    List<Pairing> pairings = new ArrayList<>();
    int serial = 0;
    for (int c = 0; c < communities.size(); c++) {
      CommunityCode community = communities.get(c).code();
      // two of three communities are paired with a district unit, some units with two
      if (c % 3 != 2) {
        UnitId unit = UnitId.of("JA-UNIT-" + (c / 2));
        if (units.stream().noneMatch(u -> u.id().equals(unit))) {
          units.add(DistrictUnit.of(unit, "晋安区单位" + (c / 2), UnitKind.DISTRICT_DEPARTMENT));
        }
        pairings.add(Pairing.of(unit, community, SINCE));
      }
      for (int g = 1; g <= GRIDS_PER_COMMUNITY; g++) {
        GridCode grid = community.grid(g);
        grids.add(grid);
        territory.add(new Grid(grid, communities.get(c).name() + g + "网格", GridType.BASIC, 300));
        List<CompoundId> inGrid = new ArrayList<>();
        for (int k = 0; k < 2; k++) {
          CompoundId id = CompoundId.of(grid.value() + "-C" + k);
          PropertyMode mode = MODES[serial++ % MODES.length];
          Compound compound =
              mode == PropertyMode.PROFESSIONAL
                  ? new Compound(
                      id,
                      "小区" + id.value(),
                      grid,
                      mode,
                      Optional.of("物业公司" + c),
                      0.9,
                      Set.of(),
                      false)
                  : Compound.of(id, "小区" + id.value(), grid, mode, true);
          territory.add(compound);
          inGrid.add(id);
        }
        compounds.put(grid, inGrid);
        // every grid but the last of each community has a grid worker
        if (g < GRIDS_PER_COMMUNITY) {
          PersonId worker = PersonId.of("W-" + grid.value());
          persons.add(person(worker, grid, Set.of(), Set.of()));
          assignments.add(Assignment.gridWorker(worker, grid, SINCE));
        }
        // two people per grid with a skill each, one a volunteer, one a capable resident
        for (int h = 0; h < 2; h++) {
          Skill skill = SKILLS.get((c + g + h * 3) % SKILLS.size());
          persons.add(
              person(
                  PersonId.of("H-" + grid.value() + "-" + h),
                  grid,
                  Set.of(h == 0 ? Role.VOLUNTEER : Role.CAPABLE_RESIDENT),
                  Set.of(skill)));
        }
      }
    }
    units.add(DistrictUnit.of(UnitId.of("JA-URBAN"), "晋安区城市管理局", UnitKind.DISTRICT_DEPARTMENT));
    units.add(DistrictUnit.of(UnitId.of("JA-EMERGENCY"), "晋安区应急管理局", UnitKind.DISTRICT_DEPARTMENT));
    Map<Category, UnitId> competent = new LinkedHashMap<>();
    competent.put(Category.of("EVENT_STREET_ORDER"), UnitId.of("JA-URBAN"));
    competent.put(Category.of("COMPONENT_ROADS_AND_TRAFFIC"), UnitId.of("JA-URBAN"));
    competent.put(Category.of("EVENT_ADVERTISING"), UnitId.of("JA-URBAN"));
    competent.put(Category.of("EVENT_EMERGENCY"), UnitId.of("JA-EMERGENCY"));
    competent.put(Category.of("EVENT_FIRE_HAZARD"), UnitId.of("JA-EMERGENCY"));

    List<DemandItem> demands = new ArrayList<>();
    List<DemandId> spanning = new ArrayList<>();
    for (int i = 0; i < grids.size(); i++) {
      GridCode grid = grids.get(i);
      GridCode neighbour = grids.get((i + 1) % grids.size());
      GridCode far = grids.get((i + GRIDS_PER_COMMUNITY * 3) % grids.size());
      DemandId id = DemandId.of("D-SPAN-" + i);
      Area other =
          i % 2 == 0 || neighbour.community().equals(grid.community())
              ? Area.of(neighbour)
              : Area.of(far);
      demands.add(
          DemandItem.of(
                  id,
                  Category.of("EVENT_APPEARANCE_AND_ENVIRONMENT"),
                  MatterKind.ASSISTANCE,
                  Urgency.ROUTINE,
                  Channel.CALL_GROUP,
                  grid,
                  PersonId.of("R-1"),
                  RAISED,
                  "spans more than one grid")
              .spanning(i % 3 == 0 ? Area.of(far) : other));
      spanning.add(id);
    }
    DistrictSnapshot snapshot =
        new DistrictSnapshot(
            territory.build(),
            new DistrictSnapshot.Organisation(
                List.of(), List.of(), units, pairings, List.of(), List.of()),
            new DistrictSnapshot.People(persons, assignments, List.of(), List.of()),
            DistrictSnapshot.Posts.EMPTY,
            new DistrictSnapshot.Lists(List.of(), demands, List.of(), List.of()),
            List.of(),
            DistrictSnapshot.Meetings.EMPTY);
    return new BenchmarkDistrict(snapshot, competent, grids, compounds, spanning);
  }

  /**
   * The routing context of the district, as the engine indexes it.
   *
   * @return the context
   */
  public DistrictContext context() {
    return DistrictContext.of(snapshot, competentUnits);
  }

  private static Person person(PersonId id, GridCode grid, Set<Role> roles, Set<Skill> skills) {
    Set<Role> all = new HashSet<>(roles);
    all.add(Role.RESIDENT);
    return new Person(
        id,
        PersonName.of("王小明"),
        PhoneNumber.of("13800000000"),
        Optional.empty(),
        all,
        grid,
        Optional.empty(),
        skills,
        Optional.empty());
  }
}
