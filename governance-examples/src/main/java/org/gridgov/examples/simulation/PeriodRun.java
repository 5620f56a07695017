package org.gridgov.examples.simulation;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.random.RandomGenerator;
import org.gridgov.core.calendar.WorkingCalendar;
import org.gridgov.core.calendar.YearQuarter;
import org.gridgov.core.district.DistrictSnapshot;
import org.gridgov.core.evaluation.KpiFigures;
import org.gridgov.core.lists.DemandId;
import org.gridgov.core.lists.DemandItem;
import org.gridgov.core.workorder.Actor;
import org.gridgov.core.workorder.CancellationReason;
import org.gridgov.core.workorder.Refusal;
import org.gridgov.core.workorder.SubjectKind;
import org.gridgov.core.workorder.Transition;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.core.workorder.WorkOrderId;
import org.gridgov.core.workorder.WorkOrderStatus;
import org.gridgov.examples.district.CompetentUnits;
import org.gridgov.examples.district.PopulatedDistrict;
import org.gridgov.rules.GovernanceEngine;
import org.gridgov.rules.cycle.ListCycle;
import org.gridgov.rules.decision.AgendaItem;
import org.gridgov.rules.decision.DuplicateOf;
import org.gridgov.rules.escalation.Escalation;
import org.gridgov.rules.escalation.EscalationSweep;
import org.gridgov.rules.evaluation.Evaluation;
import org.gridgov.rules.routing.DistrictContext;
import org.gridgov.rules.routing.Routing;
import org.gridgov.rules.routing.RoutingDecision;
import org.gridgov.rules.routing.RoutingHints;

/**
 * One run's state: the open orders, the ledger of the others and what is drawn next.
 *
 * <p>An order closed or cancelled is counted into the ledger and let go; until the evaluation has
 * judged the quarter it was formed in, it is also held for that. A quarter is judged at the close
 * of the first working day after it ends: every step dated in the quarter has been taken by then,
 * as a day's work takes every step due by its close, so its orders stand as they stood at its end.
 */
final class PeriodRun implements CommunityMeetings.OrderBook, AutoCloseable {

  /** An open order as the run last stored it, with its next step. */
  private static final class Held extends NextSteps.Step {
    private WorkOrder order;
  }

  private static final Duration DUPLICATE_WINDOW = Duration.ofDays(1);

  /** How many times a day's repeated reports are replaced by new demands, with the list cycle. */
  private static final int REDRAW_ROUNDS = 3;

  private final PopulatedDistrict district;
  private final SimulationClock clock;

  private final RandomGenerator random;
  private final ZoneId zone;
  private final WorkingCalendar calendar;
  private final List<LocalDate> days;
  private final Routing routing;
  private final Escalation escalation;
  private final DistrictContext context;
  private final DemandDraw draw;
  private final SubjectBehaviour behaviour;
  private final CommunityMeetings meetings;

  /** The list cycle of the run; null when the run has no cycle. */
  private final CycleDriver cycle;

  private final CycleParameters cycleParameters;

  /** The open orders, in the order reported, each with its next step. */
  private final Map<WorkOrderId, Held> open = new LinkedHashMap<>();

  /** Every order, in the order reported, when the run keeps them; null otherwise. */
  private final Map<WorkOrderId, WorkOrder> kept;

  /** The open orders the escalation rules look at when due; null when every sweep is full. */
  private final SplitWatch watch;

  /** The ledger of the orders closed or cancelled and the judgement of the quarters. */
  private final LedgerKeeper keeper;

  private final NextSteps<Held> nextSteps = new NextSteps<>();
  private final Set<WorkOrderId> beyondResources = new HashSet<>();
  private final Map<RefusalKind, Integer> refusals = new TreeMap<>();

  /**
   * A run over the working days of a period.
   *
   * @param district the district
   * @param engine the engine, built with {@code clock}
   * @param clock the engine's clock, moved by the run
   * @param random the run's generator
   * @param days the working days of the period, in order, at least one
   * @param keepOrders whether every order is kept to the end
   * @param fullSweeps whether every sweep looks at every open order
   * @param cycle the list cycle's parameters, or null for a run without it
   */
  PeriodRun(
      PopulatedDistrict district,
      GovernanceEngine engine,
      SimulationClock clock,
      RandomGenerator random,
      List<LocalDate> days,
      boolean keepOrders,
      boolean fullSweeps,
      CycleParameters cycle) {
    this.district = district;
    this.clock = clock;
    this.random = random;
    this.calendar = engine.calendar();
    this.zone = calendar.zone();
    this.days = days;
    this.routing = Routing.on(engine);
    this.escalation = Escalation.on(engine);
    this.context = DistrictContext.of(district.snapshot(), CompetentUnits.of(district.snapshot()));
    this.draw =
        new DemandDraw(
            random,
            district.snapshot().territory(),
            days.get(0).getYear(),
            routing.categories().values());
    this.behaviour =
        new SubjectBehaviour(
            random, Evaluation.of(new RatingMemo(engine), engine::catalogue), draw::resident);
    this.meetings = new CommunityMeetings(district.snapshot(), days, random, escalation);
    this.cycleParameters = cycle;
    if (cycle == null) {
      this.cycle = null;
    } else {
      // the cycle draws from a generator of its own, so that its parameters move its items only
      this.cycle =
          new CycleDriver(
              ListCycle.on(engine),
              cycle,
              new SplittableRandom(random.nextLong()),
              district.snapshot(),
              routing.categories(),
              draw::resident);
      this.cycle.listResources(district.snapshot(), days.get(0));
    }
    this.kept = keepOrders ? new LinkedHashMap<>() : null;
    this.watch = fullSweeps ? null : SplitWatch.perProcessor(escalation);
    List<YearQuarter> quarters = new ArrayList<>();
    YearQuarter last = YearQuarter.of(days.get(days.size() - 1));
    for (YearQuarter q = YearQuarter.of(days.get(0)); q.compareTo(last) <= 0; q = q.next()) {
      quarters.add(q);
    }
    this.keeper = new LedgerKeeper(zone, quarters, Evaluation.on(engine), this::evaluated);
  }

  void day(LocalDate date, int demands) {
    Instant opening = date.atTime(calendar.workingHours().opening()).atZone(zone).toInstant();
    Instant closing = date.atTime(calendar.workingHours().closing()).atZone(zone).toInstant();
    List<WorkOrder> today = new ArrayList<>();
    for (Instant at : draw.arrivals(opening, closing, demands)) {
      today.add(report(at, today));
    }
    Map<String, WorkOrder> byId = new LinkedHashMap<>();
    today.forEach(o -> byId.put(o.id().value(), o));
    cancelDuplicates(today, byId);
    // With the list cycle the volume counts list items: a repeated report is the same item, so
    // another demand of the day is drawn in its place (a few rounds at most).
    for (int round = 0; cycle != null && byId.size() < demands && round < REDRAW_ROUNDS; round++) {
      for (Instant at : draw.arrivals(opening, closing, demands - byId.size())) {
        WorkOrder o = report(at, today);
        today.add(o);
        byId.put(o.id().value(), o);
      }
      cancelDuplicates(today, byId);
    }
    route(formed(date, byId.values()));
    beyondResources.clear();
    if (meetings.meetsOn(date)) {
      Instant sitting = CommunityMeetings.meetingMoment(closing);
      work(sitting);
      meetings.meet(date, sitting, this);
    }
    work(closing);
    clock.set(closing);
    sweep();
    if (meetings.consultsOn(date)) {
      meetings.consult(date, CommunityMeetings.sessionMoment(closing), this);
    }
    if (cycle != null) {
      int i = Collections.binarySearch(days, date);
      boolean firstOfWeek =
          i == 0 || !days.get(i - 1).with(DayOfWeek.MONDAY).equals(date.with(DayOfWeek.MONDAY));
      boolean lastOfQuarter =
          i == days.size() - 1 || !YearQuarter.of(days.get(i + 1)).equals(YearQuarter.of(date));
      cycle.endOfDay(date, firstOfWeek, lastOfQuarter);
    }
    keeper.flush();
    for (YearQuarter q = keeper.endedBy(closing); q != null; q = keeper.endedBy(closing)) {
      keeper.judge(openFormedIn(q), meetings.meetings());
    }
  }

  /**
   * The open orders formed by the end of a quarter, among which the evaluation finds those due in
   * it.
   */
  private List<WorkOrder> openFormedIn(YearQuarter quarter) {
    List<WorkOrder> formed = new ArrayList<>();
    for (Held h : open.values()) {
      WorkOrder o = h.order;
      if (LedgerKeeper.formedIn(o).compareTo(quarter) <= 0) {
        formed.add(o);
      }
    }
    return formed;
  }

  /**
   * The escalation rules' sweep at the close of day, over the orders the watch finds due or over
   * every open order; the decisions are applied and the open orders of the agenda items put on the
   * agendas of the meetings.
   */
  private void sweep() {
    List<SplitWatch.Part> parts;
    if (watch == null) {
      if (open.isEmpty()) {
        return;
      }
      List<WorkOrder> looked = openOrders();
      EscalationSweep sweep = escalation.sweep(looked);
      parts = List.of(SplitWatch.Part.of(escalation, sweep, looked));
    } else {
      parts = watch.sweep();
    }
    List<AgendaItem> agenda = new ArrayList<>();
    for (SplitWatch.Part part : parts) {
      List<WorkOrder> after = part.applied().orders();
      for (int i = 0; i < after.size(); i++) {
        if (after.get(i) != part.looked().get(i)) {
          store(after.get(i));
        }
      }
      part.applied().refusals().forEach(this::count);
      agenda.addAll(part.agenda());
    }
    agenda.sort(Comparator.comparing(item -> item.order().value()));
    meetings.putOnAgenda(agenda, this);
  }

  /**
   * Routes the day's new orders in one batch, those beyond their community's resources with that
   * hint. An order sent to the joint meeting waits for it; every other is dispatched with the
   * escalation rules' deadlines.
   */
  private void route(List<WorkOrder> toRoute) {
    if (toRoute.isEmpty()) {
      return;
    }
    Map<WorkOrderId, RoutingHints> hints = new HashMap<>();
    for (WorkOrder o : toRoute) {
      if (beyondResources.contains(o.id())) {
        hints.put(o.id(), RoutingHints.beyondResources());
      }
    }
    List<RoutingDecision> decisions = routing.route(context, toRoute, hints);
    for (int i = 0; i < toRoute.size(); i++) {
      WorkOrder o = toRoute.get(i);
      RoutingDecision decision = decisions.get(i);
      if (decision.responsible().kind() == SubjectKind.JOINT_MEETING) {
        meetings.await(o, decision);
        continue;
      }
      Instant at = o.reportedAt().plus(Duration.ofMinutes(5 + random.nextInt(20)));
      record(Routing.apply(o, decision, escalation.deadlines(o, at), at), true);
    }
  }

  /** Cancels the day's repeated reports found by the duplicate rules, removing them from byId. */
  private void cancelDuplicates(List<WorkOrder> today, Map<String, WorkOrder> byId) {
    if (today.isEmpty()) {
      return;
    }
    for (DuplicateOf d : routing.duplicates(today, DUPLICATE_WINDOW)) {
      WorkOrder dup = byId.remove(d.duplicateId());
      if (dup != null) {
        record(
            dup.cancel(
                CancellationReason.DUPLICATE,
                Actor.system(d.rule()),
                dup.reportedAt().plus(Duration.ofMinutes(10)),
                "repeats " + d.originalId()),
            false);
      }
    }
  }

  /**
   * The day's orders to route: all of them without the list cycle; with it, those the track rules
   * leave to today's dispatch, each put among the open orders, while the others go to the project
   * list.
   */
  private List<WorkOrder> formed(LocalDate date, Collection<WorkOrder> reported) {
    if (cycle == null) {
      return new ArrayList<>(reported);
    }
    List<WorkOrder> small = new ArrayList<>(reported.size());
    for (WorkOrder o : reported) {
      if (!cycle.form(o, date)) {
        if (kept != null) {
          kept.put(o.id(), o);
        }
        store(o);
        small.add(o);
      }
    }
    return small;
  }

  /** Draws the next demand and reports it as an order. */
  private WorkOrder report(Instant at, List<WorkOrder> today) {
    DemandDraw.Drawn drawn = draw.next(at, today);
    WorkOrder order = drawn.order();
    if (drawn.beyondResources()) {
      beyondResources.add(order.id());
    }
    if (cycle == null) {
      if (kept != null) {
        kept.put(order.id(), order);
      }
      store(order);
    }
    return order;
  }

  @Override
  public Optional<WorkOrder> open(WorkOrderId id) {
    Held h = open.get(id);
    return h == null ? Optional.empty() : Optional.of(h.order);
  }

  @Override
  public boolean record(Transition transition, boolean moved) {
    if (transition instanceof Transition.Refused refused) {
      count(refused.refusal());
      return false;
    }
    if (moved) {
      put(transition.order());
    } else {
      store(transition.order());
    }
    return true;
  }

  private void count(Refusal refusal) {
    refusals.merge(RefusalKind.of(refusal), 1, Integer::sum);
  }

  /**
   * Keeps an order's new state: among the open orders and in the watch while it is open; counted
   * into the ledger once it is closed or cancelled, and held for its quarter's evaluation until
   * that is done.
   */
  private Held store(WorkOrder o) {
    if (watch != null) {
      watch.put(o);
    }
    if (o.status().isOpen()) {
      Held h = open.get(o.id());
      if (h == null) {
        h = new Held();
        open.put(o.id(), h);
      }
      h.order = o;
      return h;
    }
    Held h = open.remove(o.id());
    if (cycle != null && o.status() == WorkOrderStatus.CLOSED) {
      cycle.settled(o, LocalDate.ofInstant(o.lastEventAt(), zone));
    } else if (cycle != null && o.status() == WorkOrderStatus.CANCELLED) {
      cycle.withdrawn(o, LocalDate.ofInstant(o.lastEventAt(), zone));
    }
    keeper.add(o);
    if (kept != null) {
      kept.put(o.id(), o);
    }
    return h;
  }

  /** Records an order's new state and draws when its next step is due. */
  private void put(WorkOrder o) {
    Held h = store(o);
    Instant last = o.lastEventAt();
    Instant due = behaviour.nextStep(o);
    if (h == null) {
      return;
    }
    if (due == null) {
      nextSteps.remove(h);
    } else {
      nextSteps.set(h, due.isAfter(last) ? due : last.plusSeconds(60));
    }
  }

  /**
   * Takes every step due by a moment, in each order's time. A refused step is counted; the order
   * moves on from where the refusal left it (a rating whose closing was refused has still been
   * recorded), and a step refused outright is tried again after the moment, not before.
   */
  private void work(Instant until) {
    for (Held h : nextSteps.dueBy(until)) {
      Instant due = nextSteps.due(h);
      while (due != null && !due.isAfter(until)) {
        WorkOrder o = h.order;
        Optional<Transition> step = behaviour.step(o, due);
        if (step.isEmpty()) {
          nextSteps.remove(h);
          break;
        }
        Transition t = step.get();
        if (!record(t, true)) {
          put(t.order());
          Instant next = nextSteps.due(h);
          if (t.order().equals(o) && next != null && !next.isAfter(until)) {
            nextSteps.set(h, until.plusSeconds(60));
          }
        }
        due = nextSteps.due(h);
      }
    }
  }

  /** The open orders as they are now, in the order reported. */
  private List<WorkOrder> openOrders() {
    List<WorkOrder> orders = new ArrayList<>(open.size());
    open.values().forEach(h -> orders.add(h.order));
    return orders;
  }

  /**
   * The period's result, with the quarters not judged yet judged now.
   *
   * @param first the first day of the period
   * @param last the last day of the period
   */
  SimulationResult result(LocalDate first, LocalDate last) {
    for (YearQuarter q = keeper.next(); q != null; q = keeper.next()) {
      keeper.judge(openFormedIn(q), meetings.meetings());
    }
    List<WorkOrder> stillOpen = openOrders();
    LedgerKeeper.Books books = keeper.books(stillOpen);
    if (kept != null) {
      stillOpen.forEach(o -> kept.put(o.id(), o));
    }
    return new SimulationResult(
        kept == null ? Optional.empty() : Optional.of(new ArrayList<>(kept.values())),
        books.ledger(),
        books.escalations(),
        KpiFigures.of(books.ledger().total().kpis()),
        meetings.meetings(),
        meetings.figures(this),
        books.quarters(),
        refusals,
        cycle == null
            ? Optional.empty()
            : Optional.of(new ListCycleOutcome(cycle.ledger(), first, last, cycleParameters)));
  }

  @Override
  public void close() {
    keeper.close();
    if (watch != null) {
      watch.close();
    }
  }

  /** The district with some orders, their demands and the meetings, as the evaluation reads it. */
  private DistrictSnapshot evaluated(List<WorkOrder> orders, DistrictSnapshot.Meetings held) {
    DistrictSnapshot s = district.snapshot();
    List<DemandItem> demands = new ArrayList<>();
    for (WorkOrder o : orders) {
      Optional<DemandId> demand = o.origin().demandId();
      if (demand.isPresent()) {
        demands.add(CycleDriver.demandOf(o, demand.get(), draw.resident(o.grid())));
      }
    }
    DistrictSnapshot.Lists lists = s.lists();
    return new DistrictSnapshot(
        s.territory(),
        s.organisation(),
        s.people(),
        s.posts(),
        new DistrictSnapshot.Lists(lists.matters(), demands, lists.resources(), lists.projects()),
        orders,
        held);
  }
}
