package org.gridgov.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.gridgov.core.calendar.WorkingCalendar;
import org.gridgov.core.district.DistrictSnapshot;
import org.gridgov.core.io.WorkingCalendarJson;
import org.gridgov.core.lists.Category;
import org.gridgov.core.lists.DemandId;
import org.gridgov.core.lists.DemandItem;
import org.gridgov.core.lists.MatterKind;
import org.gridgov.core.lists.Urgency;
import org.gridgov.core.organisation.DistrictUnit;
import org.gridgov.core.organisation.Pairing;
import org.gridgov.core.organisation.UnitId;
import org.gridgov.core.people.Assignment;
import org.gridgov.core.people.AssignmentRole;
import org.gridgov.core.people.Person;
import org.gridgov.core.people.PersonId;
import org.gridgov.core.people.Role;
import org.gridgov.core.people.Skill;
import org.gridgov.core.territory.CommunityCode;
import org.gridgov.core.territory.Compound;
import org.gridgov.core.territory.Grid;
import org.gridgov.core.territory.GridCode;
import org.gridgov.core.territory.PropertyMode;
import org.gridgov.core.territory.StreetCode;
import org.gridgov.core.territory.Territory;
import org.gridgov.core.workorder.ResponsibleSubject;
import org.gridgov.core.workorder.SubjectKind;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.core.workorder.WorkOrderId;
import org.gridgov.core.workorder.WorkOrderStatus;
import org.gridgov.rules.decision.CategoryDefinition;
import org.gridgov.rules.fact.Helper;
import org.gridgov.rules.fact.RoutingCase;
import org.gridgov.rules.fact.Scope;
import org.gridgov.rules.fact.Topic;

/**
 * The default routing decisions written by hand: the rows of the routing matrix and the rules of
 * {@code routing.drl} (the fallback to the community, urgent safety without a grid worker, the
 * matching of hardship-relief and volunteer requests to the nearest capable resident or volunteer
 * with the skill and the least load) as plain Java over the same {@link RoutingCase} facts that the
 * engine matches. Proposals are tried from the highest priority down (ties: the rule name that
 * sorts first), and the first whose target the district has wins, as in the engine.
 *
 * <p>It makes only the default decisions: an integrator's rule files change the engine, not this
 * class. Batches behave as the engine's batch API: a person given an order earlier in the same
 * batch counts it in their load. Thread-safe: the state of a batch is local to its call.
 */
public final class BaselineRouting {

  /**
   * A routing decision.
   *
   * @param order the order
   * @param responsible the responsible subject
   * @param informed whom else to inform
   * @param immediate whether the subject acts at once
   * @param rule the name of the winning rule
   */
  public record Routed(
      WorkOrderId order,
      ResponsibleSubject responsible,
      List<ResponsibleSubject> informed,
      boolean immediate,
      String rule) {}

  /** A capable resident or volunteer, as routing needs them. */
  private record Candidate(
      PersonId id,
      String personId,
      boolean volunteer,
      String grid,
      String community,
      List<String> skills,
      int load) {}

  static final String URGENT_SAFETY_NO_WORKER =
      "urgent safety without a grid worker goes to the street at once";
  static final String URGENT_SAFETY =
      "urgent safety goes to the grid worker and the street at once";
  static final String TO_NEAREST =
      "hardship relief and volunteer requests go to the nearest helper with the skill";
  static final String BEYOND_PAIRED =
      "projects beyond the community's resources go to the joint meeting and the paired unit";
  static final String BEYOND_STREET =
      "projects beyond the community's resources go to the joint meeting and the street";
  static final String ACROSS_COMMUNITIES = "issues spanning communities go to the street";
  static final String ACROSS_GRIDS = "issues spanning grids go to the community";
  static final String PROPERTY_COMPANY = "property matters go to the property company";
  static final String PROPERTY_COMMUNITY_RUN =
      "property matters of a community-run compound go to the community";
  static final String PROPERTY_INSTITUTION =
      "property matters of an institution-assisted compound go to the community";
  static final String PROPERTY_SELF_MANAGED =
      "property matters of a self-managed compound go to the community";
  static final String PROPERTY_UNMANAGED =
      "property matters of a compound without management go to the community";
  static final String DISPUTES = "disputes are mediated by the community";
  static final String POWER_COMPETENT = "power matters go to the competent district unit";
  static final String POWER_STREET = "power matters without a competent unit go to the street";
  static final String AUTONOMY = "autonomy matters go to the community committee";
  static final String ASSISTANCE_PAIRED =
      "assistance matters go to the community with the paired unit's support";
  static final String ASSISTANCE = "assistance matters go to the community";
  static final String FALLBACK = "any order goes to its community";

  private static final Comparator<Candidate> NEAREST_FIRST =
      Comparator.comparing(Candidate::personId);

  private final Territory territory;
  private final WorkingCalendar calendar = WorkingCalendarJson.chinaDefault();
  private final Map<Category, CategoryDefinition> categories;
  private final Map<GridCode, PersonId> gridWorkers = new HashMap<>();
  private final Map<CommunityCode, UnitId> pairedUnits = new HashMap<>();
  private final Map<Category, UnitId> competentUnits;
  private final Map<UnitId, String> unitNames = new HashMap<>();
  private final Map<DemandId, Scope> demandScopes = new HashMap<>();
  private final Map<String, List<Candidate>> candidatesByCommunity = new HashMap<>();

  /**
   * Indexes a district as the engine's routing context does.
   *
   * @param snapshot the district
   * @param competentUnits the unit competent for each category of power matters
   * @param categories the category table, as {@link org.gridgov.rules.routing.Routing#categories()}
   *     gives it
   */
  public BaselineRouting(
      DistrictSnapshot snapshot,
      Map<Category, UnitId> competentUnits,
      Map<Category, CategoryDefinition> categories) {
    this.territory = snapshot.territory();
    this.categories = Map.copyOf(categories);
    this.competentUnits = Map.copyOf(competentUnits);
    for (Assignment a : snapshot.people().assignments()) {
      if (a.role() == AssignmentRole.GRID_WORKER) {
        gridWorkers.putIfAbsent(a.grid(), a.person());
      }
    }
    List<Pairing> pairings = new ArrayList<>(snapshot.organisation().pairings());
    pairings.sort(Comparator.comparing(p -> p.unit().value()));
    for (Pairing p : pairings) {
      for (CommunityCode c : p.communities()) {
        pairedUnits.putIfAbsent(c, p.unit());
      }
    }
    for (DistrictUnit u : snapshot.organisation().units()) {
      unitNames.put(u.id(), u.name());
    }
    for (DemandItem d : snapshot.lists().demands()) {
      demandScopes.put(
          d.id(),
          d.spansCommunities()
              ? Scope.ACROSS_COMMUNITIES
              : d.spansGrids() ? Scope.ACROSS_GRIDS : Scope.WITHIN_GRID);
    }
    Map<PersonId, Integer> loads = new HashMap<>();
    for (WorkOrder o : snapshot.orders()) {
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
    for (Person p : snapshot.people().persons()) {
      boolean volunteer = p.has(Role.VOLUNTEER);
      if ((!volunteer && !p.has(Role.CAPABLE_RESIDENT)) || p.skills().isEmpty()) {
        continue;
      }
      List<String> skills = p.skills().stream().map(Skill::code).toList();
      candidatesByCommunity
          .computeIfAbsent(p.homeGrid().community().value(), k -> new ArrayList<>())
          .add(
              new Candidate(
                  p.id(),
                  p.id().value(),
                  volunteer,
                  p.homeGrid().value(),
                  p.homeGrid().community().value(),
                  skills,
                  loads.getOrDefault(p.id(), 0)));
    }
    candidatesByCommunity.values().forEach(list -> list.sort(NEAREST_FIRST));
  }

  /**
   * The facts of an order as the engine makes them, with hints read from its demand.
   *
   * @param order the order
   * @return its routing case
   * @throws IllegalArgumentException if the order's category or grid is unknown
   */
  public RoutingCase routingCase(WorkOrder order) {
    CategoryDefinition category = categories.get(order.category());
    if (category == null) {
      throw new IllegalArgumentException(
          "order " + order.id() + " has category " + order.category() + ", which is not defined");
    }
    GridCode grid = order.grid();
    if (territory.grid(grid).isEmpty()) {
      throw new IllegalArgumentException(
          "order " + order.id() + " is in grid " + grid + ", which is not in the district");
    }
    Compound compound = order.compound().flatMap(territory::compound).orElse(null);
    Scope scope =
        order.origin().demandId().map(id -> demandScopes.get(id)).orElse(Scope.WITHIN_GRID);
    CommunityCode community = grid.community();
    return new RoutingCase(
        order.id().value(),
        order.category().code(),
        category.topic(),
        category.skill(),
        order.matterKind(),
        order.urgency(),
        scope == null ? Scope.WITHIN_GRID : scope,
        compound == null ? "" : compound.id().value(),
        compound == null ? PropertyMode.NONE : compound.propertyMode(),
        false,
        competentUnits.containsKey(order.category()),
        pairedUnits.containsKey(community),
        gridWorkers.containsKey(grid),
        grid.value(),
        community.value(),
        grid.street().value(),
        !calendar.isWorkingMoment(order.reportedAt()));
  }

  /**
   * The capable residents and volunteers with skills of some communities, as the facts the engine
   * inserts for their hardship-relief and volunteer requests.
   *
   * @param communities community codes
   * @return the facts
   */
  public List<Helper> personFacts(Collection<String> communities) {
    List<Helper> facts = new ArrayList<>();
    for (String community : communities) {
      for (Candidate c : candidatesByCommunity.getOrDefault(community, List.of())) {
        facts.add(
            new Helper(
                c.personId(),
                c.volunteer(),
                new HashSet<>(c.skills()),
                c.grid(),
                c.community(),
                c.load()));
      }
    }
    return facts;
  }

  /**
   * Routes a batch of orders, as the engine's batch API does.
   *
   * @param orders the orders
   * @return one decision per order, in the orders' order
   */
  public List<Routed> route(Collection<WorkOrder> orders) {
    Map<String, Integer> assignedInBatch = new HashMap<>();
    List<Routed> routed = new ArrayList<>(orders.size());
    for (WorkOrder order : orders) {
      routed.add(route(order, routingCase(order), assignedInBatch));
    }
    return routed;
  }

  /**
   * Routes orders whose facts are made already: the decision logic alone.
   *
   * @param cases the orders' facts
   * @return the winning rule of each, in order
   */
  public List<String> decide(List<RoutingCase> cases) {
    Map<String, Integer> assignedInBatch = new HashMap<>();
    List<String> rules = new ArrayList<>(cases.size());
    for (RoutingCase c : cases) {
      rules.add(winner(c, assignedInBatch));
    }
    return rules;
  }

  private String winner(RoutingCase c, Map<String, Integer> assignedInBatch) {
    Topic topic = c.topic();
    if (topic == Topic.SAFETY && c.urgency() == Urgency.EMERGENCY) {
      return c.hasGridWorker() ? URGENT_SAFETY : URGENT_SAFETY_NO_WORKER;
    }
    if ((topic == Topic.HARDSHIP_RELIEF || topic == Topic.VOLUNTEER_SERVICE)) {
      Candidate h = nearest(c, assignedInBatch);
      if (h != null) {
        assignedInBatch.merge(h.personId(), 1, Integer::sum);
        return TO_NEAREST;
      }
    }
    return ruleBelowPersonMatch(c);
  }

  private Routed route(WorkOrder order, RoutingCase c, Map<String, Integer> assignedInBatch) {
    Topic topic = c.topic();
    // 101 and 100: urgent safety
    if (topic == Topic.SAFETY && c.urgency() == Urgency.EMERGENCY) {
      if (!c.hasGridWorker()) {
        return routed(order, street(order), community(order), true, URGENT_SAFETY_NO_WORKER);
      }
      PersonId worker = gridWorkers.get(order.grid());
      ResponsibleSubject subject =
          ResponsibleSubject.gridWorker(worker, gridName(order.grid()) + " 网格员");
      return routed(order, subject, street(order), true, URGENT_SAFETY);
    }
    // 60: the nearest capable resident or volunteer with the skill
    if (topic == Topic.HARDSHIP_RELIEF || topic == Topic.VOLUNTEER_SERVICE) {
      Candidate h = nearest(c, assignedInBatch);
      if (h != null) {
        assignedInBatch.merge(h.personId(), 1, Integer::sum);
        ResponsibleSubject subject =
            h.volunteer()
                ? ResponsibleSubject.volunteer(h.id(), "志愿者 " + h.id())
                : ResponsibleSubject.capableResident(h.id(), "小区能人 " + h.id());
        return routed(order, subject, community(order), false, TO_NEAREST);
      }
    }
    String rule = ruleBelowPersonMatch(c);
    return switch (rule) {
      case BEYOND_PAIRED -> routed(order, jointMeeting(order), pairedUnit(order), false, rule);
      case BEYOND_STREET -> routed(order, jointMeeting(order), street(order), false, rule);
      case ACROSS_COMMUNITIES -> routed(order, street(order), community(order), false, rule);
      case PROPERTY_COMPANY -> {
        Compound compound = territory.compound(order.compound().orElseThrow()).orElseThrow();
        yield routed(
            order,
            new ResponsibleSubject(
                SubjectKind.PROPERTY_COMPANY,
                compound.id().value(),
                compound.propertyCompany().orElseThrow()),
            null,
            false,
            rule);
      }
      case POWER_COMPETENT -> {
        UnitId unit = competentUnits.get(order.category());
        yield routed(
            order, ResponsibleSubject.districtUnit(unit, unitName(unit)), null, false, rule);
      }
      case POWER_STREET -> routed(order, street(order), null, false, rule);
      case ASSISTANCE_PAIRED -> routed(order, community(order), pairedUnit(order), false, rule);
      default -> routed(order, community(order), null, false, rule);
    };
  }

  /**
   * The winning rule among those below the priority of matching a person, whose targets the
   * district always has for the orders they match.
   */
  private static String ruleBelowPersonMatch(RoutingCase c) {
    // 50: beyond the community's resources
    if (c.beyondCommunityResources()) {
      return c.hasPairedUnit() ? BEYOND_PAIRED : BEYOND_STREET;
    }
    // 40 and 30: scope
    if (c.scope() == Scope.ACROSS_COMMUNITIES) {
      return ACROSS_COMMUNITIES;
    }
    if (c.scope() == Scope.ACROSS_GRIDS) {
      return ACROSS_GRIDS;
    }
    // 20: property
    if (c.topic() == Topic.PROPERTY) {
      PropertyMode mode = c.propertyMode();
      if (mode == PropertyMode.NONE) {
        return PROPERTY_UNMANAGED;
      }
      if (c.hasCompound()) {
        switch (mode) {
          case PROFESSIONAL:
            return PROPERTY_COMPANY;
          case COMMUNITY_RUN:
            return PROPERTY_COMMUNITY_RUN;
          case OWNER_INSTITUTION_ASSISTED:
            return PROPERTY_INSTITUTION;
          case SELF_MANAGED:
            return PROPERTY_SELF_MANAGED;
          default:
            break;
        }
      }
    }
    // 15: disputes
    if (c.topic() == Topic.DISPUTE) {
      return DISPUTES;
    }
    // 10: matter kind
    MatterKind kind = c.matterKind();
    if (kind == MatterKind.POWER) {
      return c.hasCompetentUnit() ? POWER_COMPETENT : POWER_STREET;
    }
    if (kind == MatterKind.AUTONOMY) {
      return AUTONOMY;
    }
    if (kind == MatterKind.ASSISTANCE) {
      return c.hasPairedUnit() ? ASSISTANCE_PAIRED : ASSISTANCE;
    }
    // 0
    return FALLBACK;
  }

  /** Same grid first, then the lowest load counting this batch, then the person id. */
  private Candidate nearest(RoutingCase c, Map<String, Integer> assignedInBatch) {
    String skill = c.skill();
    if (skill.isEmpty()) {
      return null;
    }
    List<Candidate> inCommunity = candidatesByCommunity.get(c.community());
    if (inCommunity == null) {
      return null;
    }
    Candidate best = null;
    int bestNearness = Integer.MAX_VALUE;
    int bestLoad = Integer.MAX_VALUE;
    // sorted by person id, so the first of equals is kept
    for (Candidate h : inCommunity) {
      if (!h.skills().contains(skill)) {
        continue;
      }
      int nearness = h.grid().equals(c.grid()) ? 1 : 2;
      int load = h.load() + assignedInBatch.getOrDefault(h.personId(), 0);
      if (nearness < bestNearness || (nearness == bestNearness && load < bestLoad)) {
        best = h;
        bestNearness = nearness;
        bestLoad = load;
      }
    }
    return best;
  }

  private static Routed routed(
      WorkOrder order,
      ResponsibleSubject responsible,
      ResponsibleSubject informed,
      boolean immediate,
      String rule) {
    List<ResponsibleSubject> also =
        informed == null || informed.equals(responsible) ? List.of() : List.of(informed);
    return new Routed(order.id(), responsible, also, immediate, rule);
  }

  private ResponsibleSubject community(WorkOrder order) {
    CommunityCode code = order.grid().community();
    String name = territory.community(code).map(c -> c.name()).orElse(code.value());
    return ResponsibleSubject.community(code, name);
  }

  private ResponsibleSubject street(WorkOrder order) {
    StreetCode street = order.grid().street();
    String name = territory.street(street).map(s -> s.name()).orElse(street.value());
    return ResponsibleSubject.street(street, name);
  }

  private ResponsibleSubject jointMeeting(WorkOrder order) {
    CommunityCode code = order.grid().community();
    return ResponsibleSubject.jointMeeting(code, community(order).name() + " 网格党建联席会议");
  }

  private ResponsibleSubject pairedUnit(WorkOrder order) {
    UnitId unit = pairedUnits.get(order.grid().community());
    return unit == null ? null : ResponsibleSubject.districtUnit(unit, unitName(unit));
  }

  private String unitName(UnitId unit) {
    return unitNames.getOrDefault(unit, unit.value());
  }

  private String gridName(GridCode grid) {
    return territory.grid(grid).map(Grid::name).orElse(grid.value());
  }
}
