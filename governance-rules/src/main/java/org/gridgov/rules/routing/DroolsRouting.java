package org.gridgov.rules.routing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gridgov.core.calendar.WorkingCalendar;
import org.gridgov.core.lists.Category;
import org.gridgov.core.people.Person;
import org.gridgov.core.people.PersonId;
import org.gridgov.core.people.Role;
import org.gridgov.core.territory.CompoundId;
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
import org.gridgov.rules.fact.Topic;
import org.gridgov.rules.fact.trace.RoutingField;
import org.gridgov.rules.fact.trace.RoutingReads;
import org.gridgov.rules.routing.ConsideredRule.Outcome;

/** Routing on the engine's rules: facts in, proposals out, the best proposal resolved. */
final class DroolsRouting implements Routing {

  private static final Comparator<RouteCandidate> BEST_FIRST =
      Comparator.comparingInt(RouteCandidate::priority)
          .reversed()
          .thenComparing(RouteCandidate::rule);

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Routing.class);

  /** How many decisions the memo holds before it starts again. */
  static final int MEMO_CAPACITY = 1 << 18;

  private final GovernanceEngine engine;

  /** Proposals by the fields the rules read, for the last district and rule set routed. */
  private volatile Memo memo;

  /** Whether decisions are reused; without, the rules fire for every distinct case of a batch. */
  private final boolean reusing;

  DroolsRouting(GovernanceEngine engine) {
    this(engine, true);
  }

  private DroolsRouting(GovernanceEngine engine, boolean reusing) {
    this.engine = engine;
    this.reusing = reusing;
  }

  /** Routing that fires the rules for every distinct case of each batch and reuses nothing. */
  static DroolsRouting firingEveryCase(GovernanceEngine engine) {
    return new DroolsRouting(engine, false);
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
    DistrictContext.Place[] places = new DistrictContext.Place[orders.size()];
    Proposals[] proposals = new Proposals[orders.size()];
    String[] decidedFor = new String[orders.size()];
    boolean reuse = reusing;
    while (!decideBatch(district, orders, hints, places, proposals, decidedFor, reuse)) {
      // the rules were reloaded while the batch was decided: decide all of it on one rule set
      reuse = false;
    }
    boolean auditing = engine.auditing();
    Map<String, Integer> assignedInBatch = new HashMap<>();
    List<RoutingDecision> decisions = new ArrayList<>(orders.size());
    for (int i = 0; i < places.length; i++) {
      WorkOrder o = orders.get(i);
      if (auditing && !o.id().value().equals(decidedFor[i])) {
        engine.auditReused(proposals[i].forOrder(o.id().value()));
      }
      decisions.add(decide(district, places[i], o, proposals[i], assignedInBatch));
    }
    return decisions;
  }

  /**
   * Finds the proposals for every order of a batch: from the memo, working out only the fields of
   * the case that its walk reads, or by firing the rules for the whole case and filing what they
   * proposed under the fields they read ({@code reuse} false: by firing the rules for every
   * distinct case). Returns false if the rules were reloaded meanwhile, so that a batch never mixes
   * two rule sets.
   */
  private boolean decideBatch(
      DistrictContext district,
      List<WorkOrder> orders,
      Map<WorkOrderId, RoutingHints> hints,
      DistrictContext.Place[] places,
      Proposals[] proposals,
      String[] decidedFor,
      boolean reuse) {
    List<Decision> catalogue = engine.catalogue();
    Memo memo = memo(district, catalogue);
    if (memo.proposals().broken() != null) {
      reuse = false;
    }
    Map<RoutingCase, Proposals> firedInBatch = reuse ? Map.of() : new HashMap<>();
    WorkingCalendar calendar = engine.calendar();
    for (int i = 0; i < places.length; i++) {
      WorkOrder o = orders.get(i);
      places[i] = placeOf(district, o);
      OrderCase fields =
          new OrderCase(
              district,
              places[i],
              categoryOf(memo.categories(), o),
              o,
              hints.isEmpty() ? RoutingHints.NONE : hints.getOrDefault(o.id(), RoutingHints.NONE),
              !calendar.isWorkingMoment(o.reportedAt()));
      decidedFor[i] = null;
      RoutingCase anyOrder = reuse ? null : fields.whole("");
      proposals[i] = reuse ? memo.proposals().find(fields) : firedInBatch.get(anyOrder);
      if (proposals[i] != null) {
        continue;
      }
      RoutingCase c = fields.whole(o.id().value());
      List<RoutingField> read;
      try (RoutingReads reads = RoutingReads.trace()) {
        proposals[i] = decide(district, c);
        read = reads.fields();
      }
      decidedFor[i] = c.orderId();
      if (reuse) {
        if (!memo.proposals().file(c, read, proposals[i])) {
          reuse = false;
          firedInBatch = new HashMap<>();
          warnBroken(memo.proposals().broken());
        }
      } else {
        firedInBatch.put(anyOrder, proposals[i]);
      }
    }
    return engine.catalogue() == catalogue;
  }

  private static void warnBroken(String why) {
    LOG.warn(
        "routing no longer reuses proposals for this district and rule set, since the rules"
            + " did not decide from the case alone: {}",
        why);
  }

  /** Fires the routing rules for one case, with the helpers of its community if it needs them. */
  private Proposals decide(DistrictContext district, RoutingCase c) {
    List<Object> facts = new ArrayList<>();
    facts.add(c);
    if (c.topic() == Topic.HARDSHIP_RELIEF || c.topic() == Topic.VOLUNTEER_SERVICE) {
      for (Person p : district.helpers(c.community())) {
        facts.add(helper(district, p));
      }
    }
    List<RouteCandidate> candidates = new ArrayList<>();
    List<HelperMatch> matches = new ArrayList<>();
    for (Decision d : engine.decide(facts)) {
      if (d instanceof RouteCandidate rc && rc.orderId().equals(c.orderId())) {
        candidates.add(rc);
      } else if (d instanceof HelperMatch hm && hm.orderId().equals(c.orderId())) {
        matches.add(hm);
      }
    }
    return Proposals.of(candidates, matches);
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
            new ReadTree<>(MEMO_CAPACITY));
    memo = fresh;
    return fresh;
  }

  /**
   * The proposals the rules made, filed under the fields they read, for one district and one rule
   * set. Bounded: when full it starts again, which costs one more firing per case.
   */
  private record Memo(
      DistrictContext district,
      List<Decision> catalogue,
      Map<Category, CategoryDefinition> categories,
      ReadTree<Proposals> proposals) {}

  /**
   * What the rules proposed for one case: the route candidates best first, the explanation of a
   * route when the first of them wins, and the helpers matched.
   */
  private record Proposals(
      List<RouteCandidate> candidates,
      List<ConsideredRule> firstWins,
      List<HelperMatch> helpers,
      List<List<RoutingTarget>> informed) {

    static Proposals of(List<RouteCandidate> made, List<HelperMatch> helpers) {
      List<RouteCandidate> sorted = new ArrayList<>(made);
      sorted.sort(BEST_FIRST);
      List<ConsideredRule> firstWins = new ArrayList<>(sorted.size());
      List<List<RoutingTarget>> informed = new ArrayList<>(sorted.size());
      for (RouteCandidate c : sorted) {
        firstWins.add(considered(c, firstWins.isEmpty() ? Outcome.CHOSEN : Outcome.OUTRANKED));
        informed.add(
            c.informed().isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(c.informed())));
      }
      return new Proposals(
          List.copyOf(sorted), List.copyOf(firstWins), List.copyOf(helpers), List.copyOf(informed));
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
      DistrictContext.Place place,
      WorkOrder order,
      Proposals proposals,
      Map<String, Integer> assignedInBatch) {
    List<RouteCandidate> sorted = proposals.candidates();
    for (int i = 0; i < sorted.size(); i++) {
      RouteCandidate c = sorted.get(i);
      ResponsibleSubject subject =
          resolve(district, place, order, c.target(), proposals.helpers(), assignedInBatch);
      if (subject == null) {
        continue;
      }
      List<ResponsibleSubject> informed =
          informed(district, place, order, subject, proposals.informed().get(i));
      if (subject.kind() == SubjectKind.VOLUNTEER
          || subject.kind() == SubjectKind.CAPABLE_RESIDENT) {
        assignedInBatch.merge(subject.reference(), 1, Integer::sum);
      }
      return new RoutingDecision(
          order.id(), subject, informed, c.immediate(), c.rule(), considered(proposals, i));
    }
    List<ConsideredRule> considered = new ArrayList<>();
    for (RouteCandidate c : sorted) {
      considered.add(considered(c, Outcome.NO_SUBJECT));
    }
    throw new IllegalStateException(
        "no rule routed order " + order.id() + "; considered: " + considered);
  }

  /** The subjects to inform of an order, but the one responsible, as an unmodifiable list. */
  private static List<ResponsibleSubject> informed(
      DistrictContext district,
      DistrictContext.Place place,
      WorkOrder order,
      ResponsibleSubject responsible,
      List<RoutingTarget> targets) {
    if (targets.isEmpty()) {
      return List.of();
    }
    ResponsibleSubject[] found = new ResponsibleSubject[targets.size()];
    int n = 0;
    for (RoutingTarget t : targets) {
      ResponsibleSubject s = resolve(district, place, order, t, List.of(), Map.of());
      if (s != null && !s.equals(responsible)) {
        found[n++] = s;
      }
    }
    return switch (n) {
      case 0 -> List.of();
      case 1 -> List.of(found[0]);
      default -> List.of(Arrays.copyOf(found, n));
    };
  }

  /**
   * The explanation of a route: the chosen proposal first, then those before it that named no
   * subject of the district, then the outranked ones.
   */
  private static List<ConsideredRule> considered(Proposals proposals, int chosen) {
    if (chosen == 0) {
      return proposals.firstWins();
    }
    List<RouteCandidate> sorted = proposals.candidates();
    List<ConsideredRule> considered = new ArrayList<>(sorted.size());
    considered.add(considered(sorted.get(chosen), Outcome.CHOSEN));
    for (int i = 0; i < chosen; i++) {
      considered.add(considered(sorted.get(i), Outcome.NO_SUBJECT));
    }
    considered.addAll(proposals.firstWins().subList(chosen + 1, sorted.size()));
    return considered;
  }

  private static ConsideredRule considered(RouteCandidate c, Outcome outcome) {
    return new ConsideredRule(c.rule(), c.target(), c.priority(), outcome);
  }

  /**
   * The subject of the district that a target names for an order, or null if there is none. The
   * subjects are those the district context made once, shared by every order they are chosen for.
   */
  private static ResponsibleSubject resolve(
      DistrictContext district,
      DistrictContext.Place place,
      WorkOrder order,
      RoutingTarget target,
      List<HelperMatch> helperMatches,
      Map<String, Integer> assignedInBatch) {
    return switch (target) {
      case GRID_WORKER -> place.gridWorker().orElse(null);
      case COMMUNITY_COMMITTEE -> place.communityCommittee();
      case PROPERTY_COMPANY -> {
        Optional<CompoundId> compound = order.compound();
        yield compound.isEmpty() ? null : district.propertyCompany(compound.get());
      }
      case COMPETENT_UNIT -> district.competentSubject(order.category());
      case PAIRED_UNIT -> place.pairedUnit().orElse(null);
      case STREET -> place.street();
      case JOINT_MEETING -> place.jointMeeting();
      case HELPER -> helper(district, helperMatches, assignedInBatch);
    };
  }

  /**
   * The nearest helper matched, the least loaded among the nearest counting the orders given to
   * each earlier in the batch, then by person id; null if none was matched or the nearest is not a
   * helper of the district.
   */
  private static ResponsibleSubject helper(
      DistrictContext district, List<HelperMatch> matches, Map<String, Integer> assignedInBatch) {
    HelperMatch nearest = null;
    ResponsibleSubject nearestSubject = null;
    int nearestLoad = 0;
    for (HelperMatch m : matches) {
      ResponsibleSubject subject = district.helperSubject(m.personId());
      if (subject == null) {
        // a match the district's helpers did not make: its id is checked as any person id is
        PersonId.of(m.personId());
      }
      int load = m.load() + assignedInBatch.getOrDefault(m.personId(), 0);
      if (nearest == null || nearer(m, load, nearest, nearestLoad)) {
        nearest = m;
        nearestSubject = subject;
        nearestLoad = load;
      }
    }
    return nearestSubject;
  }

  /** Whether match a with its load comes strictly before match b with its load. */
  private static boolean nearer(HelperMatch a, int aLoad, HelperMatch b, int bLoad) {
    if (a.nearness() != b.nearness()) {
      return a.nearness() < b.nearness();
    }
    if (aLoad != bLoad) {
      return aLoad < bLoad;
    }
    return a.personId().compareTo(b.personId()) < 0;
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

  private static DistrictContext.Place placeOf(DistrictContext district, WorkOrder order) {
    DistrictContext.Place place = district.place(order.grid());
    if (place == null) {
      throw new IllegalArgumentException(
          "order " + order.id() + " is in grid " + order.grid() + ", which is not in the district");
    }
    return place;
  }

  private static CategoryDefinition categoryOf(
      Map<Category, CategoryDefinition> categories, WorkOrder order) {
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
    return category;
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
