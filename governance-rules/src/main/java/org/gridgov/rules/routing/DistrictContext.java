package org.gridgov.rules.routing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.gridgov.core.district.DistrictSnapshot;
import org.gridgov.core.lists.Category;
import org.gridgov.core.lists.DemandItem;
import org.gridgov.core.organisation.DistrictUnit;
import org.gridgov.core.organisation.Pairing;
import org.gridgov.core.organisation.UnitId;
import org.gridgov.core.people.Assignment;
import org.gridgov.core.people.AssignmentRole;
import org.gridgov.core.people.Person;
import org.gridgov.core.people.PersonId;
import org.gridgov.core.people.Role;
import org.gridgov.core.territory.CommunityCode;
import org.gridgov.core.territory.Compound;
import org.gridgov.core.territory.CompoundId;
import org.gridgov.core.territory.Grid;
import org.gridgov.core.territory.GridCode;
import org.gridgov.core.territory.StreetCode;
import org.gridgov.core.territory.Territory;
import org.gridgov.core.workorder.Origin;
import org.gridgov.core.workorder.OriginList;
import org.gridgov.core.workorder.ResponsibleSubject;
import org.gridgov.core.workorder.SubjectKind;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.core.workorder.WorkOrderStatus;
import org.gridgov.rules.fact.Scope;

/**
 * What routing needs to know of a district, indexed once: its territory, the grid worker of each
 * grid, the unit paired with each community, the unit competent for each category, the property
 * company of each compound, the helpers with their skills, and how many open orders each person
 * holds; each as the responsible subject a route names, made once and shared by every decision that
 * names it.
 *
 * <p>Immutable and safe to share between threads. Make one per snapshot of the district with {@link
 * #of(DistrictSnapshot, Map)} and reuse it for every order routed against that snapshot.
 */
public final class DistrictContext {

  private final Territory territory;
  private final Map<GridCode, PersonId> gridWorkers;
  private final Map<CommunityCode, UnitId> pairedUnits;
  private final Map<UnitId, String> unitNames;

  /** By demand id, as an order's origin names it. */
  private final Map<String, Scope> demandScopes;

  private final List<Person> helpers;
  private final Map<String, List<Person>> helpersByCommunity;
  private final Map<PersonId, Integer> loads;
  private final Map<GridCode, Place> places;
  private final Map<Category, ResponsibleSubject> competentSubjects;
  private final Map<CompoundId, ResponsibleSubject> propertyCompanies;
  private final Map<String, ResponsibleSubject> helperSubjects;

  /**
   * What routing needs to know of a grid, worked out once: its codes as the routing facts carry
   * them, and the subjects that do not depend on the order: the grid worker and the paired unit
   * where there are any, the community committee, the street and the joint meeting.
   */
  record Place(
      Grid grid,
      String gridCode,
      String communityCode,
      String streetCode,
      CommunityCode community,
      Optional<ResponsibleSubject> gridWorker,
      Optional<ResponsibleSubject> pairedUnit,
      ResponsibleSubject communityCommittee,
      ResponsibleSubject street,
      ResponsibleSubject jointMeeting) {}

  private DistrictContext(DistrictSnapshot snapshot, Map<Category, UnitId> competentUnits) {
    this.territory = snapshot.territory();
    Map<GridCode, PersonId> workers = new HashMap<>();
    for (Assignment a : snapshot.people().assignments()) {
      if (a.role() == AssignmentRole.GRID_WORKER) {
        workers.putIfAbsent(a.grid(), a.person());
      }
    }
    this.gridWorkers = Map.copyOf(workers);
    Map<CommunityCode, UnitId> paired = new HashMap<>();
    List<Pairing> pairings = new ArrayList<>(snapshot.organisation().pairings());
    pairings.sort(Comparator.comparing(p -> p.unit().value()));
    for (Pairing p : pairings) {
      for (CommunityCode c : p.communities()) {
        paired.putIfAbsent(c, p.unit());
      }
    }
    this.pairedUnits = Map.copyOf(paired);
    Map<UnitId, String> names = new HashMap<>();
    for (DistrictUnit u : snapshot.organisation().units()) {
      names.put(u.id(), u.name());
    }
    this.unitNames = Map.copyOf(names);
    Map<String, Scope> scopes = new HashMap<>();
    for (DemandItem d : snapshot.lists().demands()) {
      scopes.put(
          d.id().value(),
          d.spansCommunities()
              ? Scope.ACROSS_COMMUNITIES
              : d.spansGrids() ? Scope.ACROSS_GRIDS : Scope.WITHIN_GRID);
    }
    this.demandScopes = Map.copyOf(scopes);
    this.helpers =
        snapshot.people().persons().stream()
            .filter(p -> p.has(Role.VOLUNTEER) || p.has(Role.CAPABLE_RESIDENT))
            .filter(p -> !p.skills().isEmpty())
            .toList();
    Map<String, List<Person>> byCommunity = new HashMap<>();
    for (Person p : helpers) {
      byCommunity
          .computeIfAbsent(p.homeGrid().community().value(), k -> new java.util.ArrayList<>())
          .add(p);
    }
    byCommunity.replaceAll((k, v) -> List.copyOf(v));
    this.helpersByCommunity = Map.copyOf(byCommunity);
    this.loads = Map.copyOf(openLoads(snapshot.orders()));
    Map<GridCode, Place> byGrid = new HashMap<>();
    for (Grid g : territory.grids()) {
      byGrid.put(g.code(), place(g));
    }
    this.places = Map.copyOf(byGrid);
    Map<Category, ResponsibleSubject> competent = new HashMap<>();
    Map.copyOf(competentUnits).forEach((c, u) -> competent.put(c, unitSubject(u)));
    this.competentSubjects = Map.copyOf(competent);
    Map<CompoundId, ResponsibleSubject> companies = new HashMap<>();
    for (Compound c : territory.compounds()) {
      c.propertyCompany()
          .ifPresent(
              name ->
                  companies.put(
                      c.id(),
                      new ResponsibleSubject(SubjectKind.PROPERTY_COMPANY, c.id().value(), name)));
    }
    this.propertyCompanies = Map.copyOf(companies);
    Map<String, ResponsibleSubject> helping = new HashMap<>();
    for (Person p : helpers) {
      helping.put(
          p.id().value(),
          p.has(Role.VOLUNTEER)
              ? ResponsibleSubject.volunteer(p.id(), "志愿者 " + p.id())
              : ResponsibleSubject.capableResident(p.id(), "小区能人 " + p.id()));
    }
    this.helperSubjects = Map.copyOf(helping);
  }

  private Place place(Grid g) {
    CommunityCode community = g.code().community();
    StreetCode street = g.code().street();
    ResponsibleSubject committee = community(community);
    String streetName = territory.street(street).map(s -> s.name()).orElse(street.value());
    return new Place(
        g,
        g.code().value(),
        community.value(),
        street.value(),
        community,
        gridWorker(g.code()).map(p -> ResponsibleSubject.gridWorker(p, g.name() + " 网格员")),
        pairedUnit(community).map(this::unitSubject),
        committee,
        ResponsibleSubject.street(street, streetName),
        ResponsibleSubject.jointMeeting(community, committee.name() + " 网格党建联席会议"));
  }

  /**
   * Indexes a district.
   *
   * @param snapshot the district
   * @param competentUnits the district unit competent for each category of power matters; a
   *     category without one is routed by the rules for that case
   * @return the context
   * @throws IllegalArgumentException if a competent unit is not a unit of the district: an order
   *     would otherwise be dispatched to a unit nobody can find
   */
  public static DistrictContext of(
      DistrictSnapshot snapshot, Map<Category, UnitId> competentUnits) {
    Objects.requireNonNull(snapshot, "snapshot");
    Objects.requireNonNull(competentUnits, "competentUnits");
    java.util.Set<UnitId> units = new java.util.HashSet<>();
    for (DistrictUnit u : snapshot.organisation().units()) {
      units.add(u.id());
    }
    List<String> unknown = new ArrayList<>();
    competentUnits.forEach(
        (category, unit) -> {
          Objects.requireNonNull(category, "a competent unit's category");
          Objects.requireNonNull(unit, "the competent unit of " + category.code());
          if (!units.contains(unit)) {
            unknown.add(category.code() + " → " + unit.value());
          }
        });
    if (!unknown.isEmpty()) {
      unknown.sort(Comparator.naturalOrder());
      throw new IllegalArgumentException(
          "a competent unit must be a unit of the district ("
              + units.size()
              + " units in its organisation); not found: "
              + String.join(", ", unknown));
    }
    return new DistrictContext(snapshot, competentUnits);
  }

  private static Map<PersonId, Integer> openLoads(Collection<WorkOrder> orders) {
    Map<PersonId, Integer> loads = new HashMap<>();
    for (WorkOrder o : orders) {
      if (o.status() == WorkOrderStatus.CLOSED || o.status() == WorkOrderStatus.CANCELLED) {
        continue;
      }
      o.assignee()
          .filter(
              s ->
                  s.kind() == SubjectKind.GRID_WORKER
                      || s.kind() == SubjectKind.VOLUNTEER
                      || s.kind() == SubjectKind.CAPABLE_RESIDENT)
          .ifPresent(s -> loads.merge(PersonId.of(s.reference()), 1, Integer::sum));
    }
    return loads;
  }

  /**
   * The district's territory.
   *
   * @return the territory
   */
  public Territory territory() {
    return territory;
  }

  Optional<PersonId> gridWorker(GridCode grid) {
    return Optional.ofNullable(gridWorkers.get(grid));
  }

  Optional<UnitId> pairedUnit(CommunityCode community) {
    return Optional.ofNullable(pairedUnits.get(community));
  }

  /** The unit competent for a category as a responsible subject, or null if there is none. */
  ResponsibleSubject competentSubject(Category category) {
    return competentSubjects.get(category);
  }

  /**
   * The property company of a compound as a responsible subject, or null if the compound is not in
   * the territory or has no company.
   */
  ResponsibleSubject propertyCompany(CompoundId compound) {
    return propertyCompanies.get(compound);
  }

  /** The grid's place, or null if the grid is not in the district. */
  Place place(GridCode grid) {
    return places.get(grid);
  }

  String unitName(UnitId unit) {
    return unitNames.getOrDefault(unit, unit.value());
  }

  private ResponsibleSubject unitSubject(UnitId unit) {
    return ResponsibleSubject.districtUnit(unit, unitName(unit));
  }

  /**
   * How far the demand an order was made from reaches, or null if the order was not made from a
   * demand or the district has no such demand.
   */
  Scope scope(Origin origin) {
    return origin.list() == OriginList.DEMAND ? demandScopes.get(origin.id()) : null;
  }

  /** The helpers living in a community, in the order the snapshot lists them. */
  List<Person> helpers(String community) {
    return helpersByCommunity.getOrDefault(community, List.of());
  }

  /** A helper of the district, by person id, as a responsible subject; null if there is none. */
  ResponsibleSubject helperSubject(String person) {
    return helperSubjects.get(person);
  }

  int load(PersonId person) {
    return loads.getOrDefault(person, 0);
  }

  ResponsibleSubject community(CommunityCode code) {
    String name = territory.community(code).map(c -> c.name()).orElse(code.value());
    return ResponsibleSubject.community(code, name);
  }
}
