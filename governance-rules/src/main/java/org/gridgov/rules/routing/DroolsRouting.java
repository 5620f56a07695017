package org.gridgov.rules.routing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gridgov.core.lists.Category;
import org.gridgov.core.lists.DemandItem;
import org.gridgov.core.people.Person;
import org.gridgov.core.people.PersonId;
import org.gridgov.core.people.Role;
import org.gridgov.core.territory.CommunityCode;
import org.gridgov.core.territory.Compound;
import org.gridgov.core.territory.Grid;
import org.gridgov.core.territory.PropertyMode;
import org.gridgov.core.territory.StreetCode;
import org.gridgov.core.workorder.ResponsibleSubject;
import org.gridgov.core.workorder.SubjectKind;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.core.workorder.WorkOrderId;
import org.gridgov.rules.GovernanceEngine;
import org.gridgov.rules.decision.CategoryDefinition;
import org.gridgov.rules.decision.Decision;
import org.gridgov.rules.decision.DuplicateOf;
import org.gridgov.rules.decision.HelperMatch;
import org.gridgov.rules.decision.RouteCandidate;
import org.gridgov.rules.fact.DuplicateWindow;
import org.gridgov.rules.fact.Helper;
import org.gridgov.rules.fact.ReportedOrder;
import org.gridgov.rules.fact.RoutingCase;
import org.gridgov.rules.fact.RoutingTarget;
import org.gridgov.rules.fact.Scope;
import org.gridgov.rules.fact.Topic;

/** Routing on the engine's rules: facts in, proposals out, the best proposal resolved. */
final class DroolsRouting implements Routing {

  private static final Comparator<RouteCandidate> BEST_FIRST =
      Comparator.comparingInt(RouteCandidate::priority)
          .reversed()
          .thenComparing(RouteCandidate::rule);
  private static final Comparator<HelperMatch> NEAREST_FIRST =
      Comparator.comparingInt(HelperMatch::nearness)
          .thenComparingInt(HelperMatch::load)
          .thenComparing(HelperMatch::personId);

  private final GovernanceEngine engine;

  DroolsRouting(GovernanceEngine engine) {
    this.engine = engine;
  }

  @Override
  public Map<Category, CategoryDefinition> categories() {
    Map<Category, CategoryDefinition> byCode = new LinkedHashMap<>();
    for (Decision d : engine.catalogue()) {
      if (d instanceof CategoryDefinition c) {
        byCode.putIfAbsent(c.category(), c);
      }
    }
    return byCode;
  }

  @Override
  public RoutingDecision route(DistrictContext district, WorkOrder order) {
    return route(district, order, RoutingHints.NONE);
  }

  @Override
  public RoutingDecision route(DistrictContext district, WorkOrder order, RoutingHints hints) {
    return routeAll(district, List.of(order), Map.of(order.id(), hints)).get(0);
  }

  @Override
  public List<RoutingDecision> route(DistrictContext district, Collection<WorkOrder> orders) {
    return routeAll(district, List.copyOf(orders), Map.of());
  }

  private List<RoutingDecision> routeAll(
      DistrictContext district, List<WorkOrder> orders, Map<WorkOrderId, RoutingHints> hints) {
    Map<Category, CategoryDefinition> categories = categories();
    List<Object> facts = new ArrayList<>();
    Set<CommunityCode> needHelpers = new HashSet<>();
    for (WorkOrder o : orders) {
      RoutingCase c =
          routingCase(district, categories, o, hints.getOrDefault(o.id(), RoutingHints.NONE));
      facts.add(c);
      if (c.topic() == Topic.HARDSHIP_RELIEF || c.topic() == Topic.VOLUNTEER_SERVICE) {
        needHelpers.add(o.grid().community());
      }
    }
    if (!needHelpers.isEmpty()) {
      for (Person p : district.helpers()) {
        if (needHelpers.contains(p.homeGrid().community())) {
          facts.add(helper(district, p));
        }
      }
    }
    Map<String, List<RouteCandidate>> candidates = new HashMap<>();
    Map<String, List<HelperMatch>> matches = new HashMap<>();
    for (Decision d : engine.decide(facts)) {
      if (d instanceof RouteCandidate rc) {
        candidates.computeIfAbsent(rc.orderId(), k -> new ArrayList<>()).add(rc);
      } else if (d instanceof HelperMatch hm) {
        matches.computeIfAbsent(hm.orderId(), k -> new ArrayList<>()).add(hm);
      }
    }
    Map<PersonId, Integer> assignedInBatch = new HashMap<>();
    List<RoutingDecision> decisions = new ArrayList<>(orders.size());
    for (WorkOrder o : orders) {
      decisions.add(
          decide(
              district,
              o,
              candidates.getOrDefault(o.id().value(), List.of()),
              matches.getOrDefault(o.id().value(), List.of()),
              assignedInBatch));
    }
    return decisions;
  }

  private RoutingDecision decide(
      DistrictContext district,
      WorkOrder order,
      List<RouteCandidate> proposals,
      List<HelperMatch> helperMatches,
      Map<PersonId, Integer> assignedInBatch) {
    List<RouteCandidate> sorted = new ArrayList<>(proposals);
    sorted.sort(BEST_FIRST);
    List<String> considered = new ArrayList<>();
    RoutingDecision chosen = null;
    for (RouteCandidate c : sorted) {
      String line = c.rule() + " → " + c.target() + " (" + c.priority() + ")";
      if (chosen != null) {
        considered.add(line);
        continue;
      }
      Optional<ResponsibleSubject> subject =
          resolve(district, order, c.target(), helperMatches, assignedInBatch);
      if (subject.isEmpty()) {
        considered.add(line + ": the district has no such subject for this order");
        continue;
      }
      List<ResponsibleSubject> informed = new ArrayList<>();
      for (RoutingTarget t : c.informed()) {
        resolve(district, order, t, List.of(), Map.of())
            .filter(s -> !s.equals(subject.get()))
            .ifPresent(informed::add);
      }
      considered.add(0, line);
      chosen =
          new RoutingDecision(
              order.id(), subject.get(), informed, c.immediate(), c.rule(), List.of());
      if (subject.get().kind() == SubjectKind.VOLUNTEER
          || subject.get().kind() == SubjectKind.CAPABLE_RESIDENT) {
        assignedInBatch.merge(PersonId.of(subject.get().reference()), 1, Integer::sum);
      }
    }
    if (chosen == null) {
      throw new IllegalStateException(
          "no rule routed order " + order.id() + "; considered: " + considered);
    }
    return new RoutingDecision(
        chosen.order(),
        chosen.responsible(),
        chosen.informed(),
        chosen.immediate(),
        chosen.rule(),
        considered);
  }

  private static Optional<ResponsibleSubject> resolve(
      DistrictContext district,
      WorkOrder order,
      RoutingTarget target,
      List<HelperMatch> helperMatches,
      Map<PersonId, Integer> assignedInBatch) {
    CommunityCode community = order.grid().community();
    return switch (target) {
      case GRID_WORKER ->
          district
              .gridWorker(order.grid())
              .map(p -> ResponsibleSubject.gridWorker(p, gridName(district, order) + " 网格员"));
      case COMMUNITY_COMMITTEE -> Optional.of(district.community(community));
      case PROPERTY_COMPANY ->
          order
              .compound()
              .flatMap(id -> district.territory().compound(id))
              .filter(c -> c.propertyCompany().isPresent())
              .map(
                  c ->
                      new ResponsibleSubject(
                          SubjectKind.PROPERTY_COMPANY, c.id().value(), c.propertyCompany().get()));
      case COMPETENT_UNIT ->
          district
              .competentUnit(order.category())
              .map(u -> ResponsibleSubject.districtUnit(u, district.unitName(u)));
      case PAIRED_UNIT ->
          district
              .pairedUnit(community)
              .map(u -> ResponsibleSubject.districtUnit(u, district.unitName(u)));
      case STREET -> {
        StreetCode street = order.grid().street();
        String name = district.territory().street(street).map(s -> s.name()).orElse(street.value());
        yield Optional.of(ResponsibleSubject.street(street, name));
      }
      case JOINT_MEETING ->
          Optional.of(
              ResponsibleSubject.jointMeeting(
                  community, district.community(community).name() + " 网格党建联席会议"));
      case HELPER -> helper(district, helperMatches, assignedInBatch);
    };
  }

  private static Optional<ResponsibleSubject> helper(
      DistrictContext district, List<HelperMatch> matches, Map<PersonId, Integer> assignedInBatch) {
    return matches.stream()
        .map(
            m ->
                new HelperMatch(
                    m.orderId(),
                    m.personId(),
                    m.nearness(),
                    m.load() + assignedInBatch.getOrDefault(PersonId.of(m.personId()), 0),
                    m.rule()))
        .min(NEAREST_FIRST)
        .flatMap(m -> district.helper(PersonId.of(m.personId())))
        .map(
            p ->
                p.has(Role.VOLUNTEER)
                    ? ResponsibleSubject.volunteer(p.id(), "志愿者 " + p.id())
                    : ResponsibleSubject.capableResident(p.id(), "小区能人 " + p.id()));
  }

  private static String gridName(DistrictContext district, WorkOrder order) {
    return district.territory().grid(order.grid()).map(Grid::name).orElse(order.grid().value());
  }

  private static Helper helper(DistrictContext district, Person p) {
    Set<String> skills = new HashSet<>();
    p.skills().forEach(s -> skills.add(s.code()));
    return new Helper(
        p.id().value(),
        p.has(Role.VOLUNTEER),
        skills,
        p.homeGrid().value(),
        p.homeGrid().community().value(),
        district.load(p.id()));
  }

  private static RoutingCase routingCase(
      DistrictContext district,
      Map<Category, CategoryDefinition> categories,
      WorkOrder order,
      RoutingHints hints) {
    CategoryDefinition category = categories.get(order.category());
    if (category == null) {
      throw new IllegalArgumentException(
          "order "
              + order.id()
              + " has category "
              + order.category()
              + ", which the category table does not define; known categories: "
              + categories.keySet());
    }
    if (district.territory().grid(order.grid()).isEmpty()) {
      throw new IllegalArgumentException(
          "order " + order.id() + " is in grid " + order.grid() + ", which is not in the district");
    }
    Optional<Compound> compound = order.compound().flatMap(id -> district.territory().compound(id));
    Scope scope = hints.scope().orElseGet(() -> scopeOf(district, order));
    return new RoutingCase(
        order.id().value(),
        order.category().code(),
        category.topic(),
        category.skill(),
        order.matterKind(),
        order.urgency(),
        scope,
        compound.map(c -> c.id().value()).orElse(""),
        compound.map(Compound::propertyMode).orElse(PropertyMode.NONE),
        hints.beyondCommunityResources(),
        district.competentUnit(order.category()).isPresent(),
        district.pairedUnit(order.grid().community()).isPresent(),
        district.gridWorker(order.grid()).isPresent(),
        order.grid().value(),
        order.grid().community().value(),
        order.grid().street().value(),
        order.reportedAt().getEpochSecond());
  }

  private static Scope scopeOf(DistrictContext district, WorkOrder order) {
    Optional<DemandItem> demand = order.origin().demandId().flatMap(district::demand);
    if (demand.isEmpty()) {
      return Scope.WITHIN_GRID;
    }
    if (demand.get().spansCommunities()) {
      return Scope.ACROSS_COMMUNITIES;
    }
    return demand.get().spansGrids() ? Scope.ACROSS_GRIDS : Scope.WITHIN_GRID;
  }

  @Override
  public List<DuplicateOf> duplicates(Collection<WorkOrder> orders, Duration window) {
    List<Object> facts = new ArrayList<>();
    facts.add(new DuplicateWindow(window.toSeconds()));
    for (WorkOrder o : orders) {
      facts.add(
          new ReportedOrder(
              o.id().value(),
              o.compound().map(c -> c.value()).orElse(""),
              o.category().code(),
              o.reportedAt().getEpochSecond()));
    }
    return engine.decide(facts).stream()
        .filter(DuplicateOf.class::isInstance)
        .map(DuplicateOf.class::cast)
        .sorted(Comparator.comparing(DuplicateOf::duplicateId))
        .toList();
  }
}
