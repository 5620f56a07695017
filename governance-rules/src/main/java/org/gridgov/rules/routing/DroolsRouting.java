package org.gridgov.rules.routing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.gridgov.core.lists.Category;
import org.gridgov.core.lists.DemandItem;
import org.gridgov.core.people.Person;
import org.gridgov.core.people.PersonId;
import org.gridgov.core.people.Role;
import org.gridgov.core.territory.Compound;
import org.gridgov.core.territory.PropertyMode;
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

  /** How many distinct cases the memo holds before it starts again. */
  static final int MEMO_CAPACITY = 1 << 18;

  private final GovernanceEngine engine;

  /** Proposals per distinct case for the last district and rule set routed. */
  private volatile Memo memo;

  DroolsRouting(GovernanceEngine engine) {
    this.engine = engine;
  }

  @Override
  public Map<Category, CategoryDefinition> categories() {
    return new LinkedHashMap<>(categoriesOf(engine.catalogue()));
  }

  /** The category table in a catalogue, in its order; the first definition of a code wins. */
  private static Map<Category, CategoryDefinition> categoriesOf(List<Decision> catalogue) {
    Map<Category, CategoryDefinition> byCode = new LinkedHashMap<>();
    for (Decision d : catalogue) {
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

  @Override
  public List<RoutingDecision> route(
      DistrictContext district,
      Collection<WorkOrder> orders,
      Map<WorkOrderId, RoutingHints> hints) {
    List<WorkOrder> batch = List.copyOf(orders);
    Map<WorkOrderId, RoutingHints> byOrder = Map.copyOf(hints);
    if (!byOrder.isEmpty()) {
      Set<WorkOrderId> ids = new HashSet<>();
      batch.forEach(o -> ids.add(o.id()));
      for (WorkOrderId id : byOrder.keySet()) {
        if (!ids.contains(id)) {
          throw new IllegalArgumentException(
              "hints name order " + id + ", which is not in the batch of " + batch.size());
        }
      }
    }
    return routeAll(district, batch, byOrder);
  }

  private List<RoutingDecision> routeAll(
      DistrictContext district, List<WorkOrder> orders, Map<WorkOrderId, RoutingHints> hints) {
    RoutingCase[] cases = new RoutingCase[orders.size()];
    Proposals[] proposals = new Proposals[orders.size()];
    String[] decidedFor = new String[orders.size()];
    boolean reuse = true;
    while (!decideBatch(district, orders, hints, cases, proposals, decidedFor, reuse)) {
      // the rules were reloaded while the batch was decided: decide all of it on one rule set
      reuse = false;
    }
    boolean auditing = engine.auditing();
    Map<PersonId, Integer> assignedInBatch = new HashMap<>();
    List<RoutingDecision> decisions = new ArrayList<>(orders.size());
    for (int i = 0; i < cases.length; i++) {
      WorkOrder o = orders.get(i);
      if (auditing && !o.id().value().equals(decidedFor[i])) {
        engine.auditReused(proposals[i].forOrder(o.id().value()));
      }
      decisions.add(decide(district, o, proposals[i], assignedInBatch));
    }
    return decisions;
  }

  /**
   * Finds the proposals for every order of a batch: from the memo, or by firing the rules once for
   * each distinct case not in it ({@code reuse} false: for every distinct case). Returns false if
   * the rules were reloaded meanwhile, so that a batch never mixes two rule sets.
   */
  private boolean decideBatch(
      DistrictContext district,
      List<WorkOrder> orders,
      Map<WorkOrderId, RoutingHints> hints,
      RoutingCase[] cases,
      Proposals[] proposals,
      String[] decidedFor,
      boolean reuse) {
    List<Decision> catalogue = engine.catalogue();
    Memo memo = memo(district, catalogue);
    Map<RoutingCase, RoutingCase> toDecide = new LinkedHashMap<>();
    for (int i = 0; i < cases.length; i++) {
      WorkOrder o = orders.get(i);
      cases[i] =
          routingCase(
              district, memo.categories(), o, hints.getOrDefault(o.id(), RoutingHints.NONE));
      proposals[i] = reuse ? memo.proposals().get(cases[i]) : null;
      decidedFor[i] = null;
      if (proposals[i] == null) {
        toDecide.putIfAbsent(cases[i], cases[i].forOrder(o.id().value()));
      }
    }
    if (toDecide.isEmpty()) {
      return true;
    }
    Map<RoutingCase, Proposals> fresh = decide(district, toDecide);
    if (engine.catalogue() != catalogue) {
      return false;
    }
    memo.remember(fresh);
    for (int i = 0; i < cases.length; i++) {
      if (proposals[i] == null) {
        proposals[i] = fresh.get(cases[i]);
        decidedFor[i] = toDecide.get(cases[i]).orderId();
      }
    }
    return true;
  }

  /** Fires the routing rules once for each distinct case, with the helpers of their communities. */
  private Map<RoutingCase, Proposals> decide(
      DistrictContext district, Map<RoutingCase, RoutingCase> toDecide) {
    List<Object> facts = new ArrayList<>(toDecide.values());
    Set<String> needHelpers = new HashSet<>();
    for (RoutingCase c : toDecide.values()) {
      if (c.topic() == Topic.HARDSHIP_RELIEF || c.topic() == Topic.VOLUNTEER_SERVICE) {
        needHelpers.add(c.community());
      }
    }
    if (!needHelpers.isEmpty()) {
      for (Person p : district.helpers()) {
        if (needHelpers.contains(p.homeGrid().community().value())) {
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
    Map<RoutingCase, Proposals> decided = new HashMap<>();
    toDecide.forEach(
        (key, c) ->
            decided.put(
                key,
                Proposals.of(
                    c.orderId(),
                    candidates.getOrDefault(c.orderId(), List.of()),
                    matches.getOrDefault(c.orderId(), List.of()))));
    return decided;
  }

  private Memo memo(DistrictContext district, List<Decision> catalogue) {
    Memo current = memo;
    if (current != null && current.district() == district && current.catalogue() == catalogue) {
      return current;
    }
    Memo fresh =
        new Memo(
            district,
            catalogue,
            Collections.unmodifiableMap(categoriesOf(catalogue)),
            new ConcurrentHashMap<>());
    memo = fresh;
    return fresh;
  }

  /**
   * The proposals the rules made for each distinct case, for one district and one rule set.
   * Bounded: when full it starts again, which costs one more firing per case.
   */
  private record Memo(
      DistrictContext district,
      List<Decision> catalogue,
      Map<Category, CategoryDefinition> categories,
      Map<RoutingCase, Proposals> proposals) {

    void remember(Map<RoutingCase, Proposals> fresh) {
      if (proposals.size() + fresh.size() > MEMO_CAPACITY) {
        proposals.clear();
      }
      proposals.putAll(fresh);
    }
  }

  /**
   * What the rules proposed for one case: the route candidates best first, each with its line of
   * explanation, and the helpers matched.
   */
  private record Proposals(
      List<RouteCandidate> candidates, List<String> lines, List<HelperMatch> helpers) {

    static Proposals of(String orderId, List<RouteCandidate> made, List<HelperMatch> helpers) {
      List<RouteCandidate> sorted = new ArrayList<>(made);
      sorted.sort(BEST_FIRST);
      List<String> lines = new ArrayList<>(sorted.size());
      for (RouteCandidate c : sorted) {
        lines.add(c.rule() + " → " + c.target() + " (" + c.priority() + ")");
      }
      return new Proposals(List.copyOf(sorted), List.copyOf(lines), List.copyOf(helpers));
    }

    /** The same decisions as the rules would make for another order with an equal case. */
    List<Decision> forOrder(String id) {
      List<Decision> same = new ArrayList<>(candidates.size() + helpers.size());
      for (HelperMatch m : helpers) {
        same.add(new HelperMatch(id, m.personId(), m.nearness(), m.load(), m.rule()));
      }
      for (RouteCandidate c : candidates) {
        same.add(
            new RouteCandidate(
                id, c.target(), c.priority(), c.informed(), c.immediate(), c.rule()));
      }
      return same;
    }
  }

  private RoutingDecision decide(
      DistrictContext district,
      WorkOrder order,
      Proposals proposals,
      Map<PersonId, Integer> assignedInBatch) {
    DistrictContext.Place place = district.place(order.grid());
    List<RouteCandidate> sorted = proposals.candidates();
    for (int i = 0; i < sorted.size(); i++) {
      RouteCandidate c = sorted.get(i);
      Optional<ResponsibleSubject> found =
          resolve(district, place, order, c.target(), proposals.helpers(), assignedInBatch);
      if (found.isEmpty()) {
        continue;
      }
      ResponsibleSubject subject = found.get();
      List<ResponsibleSubject> informed = new ArrayList<>(c.informed().size());
      for (RoutingTarget t : c.informed()) {
        resolve(district, place, order, t, List.of(), Map.of())
            .filter(s -> !s.equals(subject))
            .ifPresent(informed::add);
      }
      if (subject.kind() == SubjectKind.VOLUNTEER
          || subject.kind() == SubjectKind.CAPABLE_RESIDENT) {
        assignedInBatch.merge(PersonId.of(subject.reference()), 1, Integer::sum);
      }
      return new RoutingDecision(
          order.id(), subject, informed, c.immediate(), c.rule(), considered(proposals, i));
    }
    List<String> considered = new ArrayList<>();
    for (String line : proposals.lines()) {
      considered.add(line + ": the district has no such subject for this order");
    }
    throw new IllegalStateException(
        "no rule routed order " + order.id() + "; considered: " + considered);
  }

  /**
   * The explanation of a route: the chosen proposal first, then those before it that named no
   * subject of the district, then the outranked ones.
   */
  private static List<String> considered(Proposals proposals, int chosen) {
    List<String> lines = proposals.lines();
    if (chosen == 0) {
      return lines;
    }
    List<String> considered = new ArrayList<>(lines.size());
    considered.add(lines.get(chosen));
    for (int i = 0; i < chosen; i++) {
      considered.add(lines.get(i) + ": the district has no such subject for this order");
    }
    considered.addAll(lines.subList(chosen + 1, lines.size()));
    return considered;
  }

  private static Optional<ResponsibleSubject> resolve(
      DistrictContext district,
      DistrictContext.Place place,
      WorkOrder order,
      RoutingTarget target,
      List<HelperMatch> helperMatches,
      Map<PersonId, Integer> assignedInBatch) {
    return switch (target) {
      case GRID_WORKER -> place.gridWorker();
      case COMMUNITY_COMMITTEE -> Optional.of(place.communityCommittee());
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
          place.pairedUnit().map(u -> ResponsibleSubject.districtUnit(u, district.unitName(u)));
      case STREET -> Optional.of(place.street());
      case JOINT_MEETING -> Optional.of(place.jointMeeting());
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

  private RoutingCase routingCase(
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
    DistrictContext.Place place = district.place(order.grid());
    if (place == null) {
      throw new IllegalArgumentException(
          "order " + order.id() + " is in grid " + order.grid() + ", which is not in the district");
    }
    Optional<Compound> compound = order.compound().flatMap(id -> district.territory().compound(id));
    Scope scope = hints.scope().orElseGet(() -> scopeOf(district, order));
    return new RoutingCase(
        "",
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
        place.pairedUnit().isPresent(),
        place.gridWorker().isPresent(),
        place.gridCode(),
        place.communityCode(),
        place.streetCode(),
        !engine.calendar().isWorkingMoment(order.reportedAt()));
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
