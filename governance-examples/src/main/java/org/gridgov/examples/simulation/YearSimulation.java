package org.gridgov.examples.simulation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.random.RandomGenerator;
import org.gridgov.core.calendar.WorkingCalendar;
import org.gridgov.core.calendar.YearQuarter;
import org.gridgov.core.district.DistrictSnapshot;
import org.gridgov.core.evaluation.KpiFigures;
import org.gridgov.core.evaluation.Rating;
import org.gridgov.core.evaluation.Satisfaction;
import org.gridgov.core.lists.Channel;
import org.gridgov.core.lists.DemandId;
import org.gridgov.core.lists.DemandItem;
import org.gridgov.core.lists.Urgency;
import org.gridgov.core.people.PersonId;
import org.gridgov.core.territory.Compound;
import org.gridgov.core.territory.CompoundId;
import org.gridgov.core.territory.Grid;
import org.gridgov.core.territory.GridCode;
import org.gridgov.core.territory.Territory;
import org.gridgov.core.workorder.Actor;
import org.gridgov.core.workorder.CancellationReason;
import org.gridgov.core.workorder.Origin;
import org.gridgov.core.workorder.Refusal;
import org.gridgov.core.workorder.Report;
import org.gridgov.core.workorder.SubjectKind;
import org.gridgov.core.workorder.Transition;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.core.workorder.WorkOrderId;
import org.gridgov.examples.district.CompetentUnits;
import org.gridgov.examples.district.PopulatedDistrict;
import org.gridgov.rules.GovernanceEngine;
import org.gridgov.rules.decision.AgendaItem;
import org.gridgov.rules.decision.CategoryDefinition;
import org.gridgov.rules.decision.DuplicateOf;
import org.gridgov.rules.escalation.Escalation;
import org.gridgov.rules.escalation.EscalationSweep;
import org.gridgov.rules.evaluation.Evaluation;
import org.gridgov.rules.fact.CategoryClass;
import org.gridgov.rules.fact.Topic;
import org.gridgov.rules.routing.DistrictContext;
import org.gridgov.rules.routing.Routing;
import org.gridgov.rules.routing.RoutingDecision;
import org.gridgov.rules.routing.RoutingHints;

/**
 * A year of residents' demands in a populated district, worked through the engine's rules day by
 * day.
 *
 * <pre>{@code
 * SimulationClock clock = new SimulationClock(Instant.EPOCH, WorkingCalendar.CHINA);
 * GovernanceEngine engine = GovernanceEngine.builder().clock(clock).build();
 * SimulationResult year = YearSimulation.of(district, engine, clock).run(1L);
 * }</pre>
 *
 * <p>On each working day of the engine's calendar, from the start date for one year, demands arrive
 * (each of the {@link #volume() volume} falls on a working day drawn uniformly, so a day's count is
 * close to Poisson) through the channels, most through the call groups, then the stations, patrols,
 * hotline and walk-ins. Each has a category of the routing rules with its matter kind, is mostly
 * routine, falls in a grid drawn at random and, for property categories, in one of the grid's
 * compounds. One in eight demands about works on facilities (a component category) or about an old
 * compound is a project beyond the community's resources. Each demand becomes a work order;
 * repeated reports of a compound's matter are found by the duplicate rules and cancelled, the
 * others are routed in one batch, the projects with that hint, and dispatched with the escalation
 * rules' deadlines. Assignees accept, start and resolve after drawn delays, most within the
 * deadlines, some late. At the close of every working day the clock is set to that moment and the
 * escalation rules sweep the open orders, through an {@link
 * org.gridgov.rules.escalation.EscalationWatch} that looks only at those whose decisions may have
 * changed; on the last working day of a quarter they put the open orders on the agenda of the next
 * quarter's joint meetings. Residents rate resolved orders, mostly satisfied; an unsatisfied rating
 * reopens the order, which is worked again; rated orders close. Orders still open at the end of the
 * year stay open.
 *
 * <p>Each community holds a joint meeting (联席会议) a quarter; orders the routing rules send to the
 * joint meeting wait for it, reported, and it decides and dispatches them, after consultation
 * meetings (恳谈会) of the residents where a compound is concerned (see {@link MeetingFigures} for
 * what is counted). The evaluation rules judge each quarter on the orders formed in it as they
 * stood at its end, at the close of the first working day after it (or at the end of the year):
 * grid scores, weak grids (薄弱网格) and grid service stars.
 *
 * <p><b>Memory.</b> A closed or cancelled order is counted into the {@link YearLedger} and let go
 * once its quarter is judged, unless the simulation {@linkplain #keepingOrders() keeps every
 * order}; so a run holds the open orders and at most a quarter's closed ones, whatever its volume.
 *
 * <p>A transition an order refuses is counted by its kind ({@link SimulationResult#refusals()}) and
 * the order moves on from where the refusal left it: nothing stops silently.
 *
 * <p><b>Determinism.</b> Everything is drawn from one generator seeded by {@link #run(long)}, in a
 * fixed order, so the same seed, district and rules give equal results. Instances are immutable; a
 * run moves the clock, so runs on one engine must not overlap.
 */
public final class YearSimulation {

  /** The number of demands of the report's year: 1,242 formed. */
  public static final int REPORT_VOLUME = 1_242;

  /** The first day of the report's year. */
  public static final LocalDate REPORT_YEAR_START = LocalDate.of(2024, 1, 1);

  private static final int[] CHANNEL_WEIGHTS = {45, 20, 15, 12, 8};
  private static final Channel[] CHANNELS = {
    Channel.CALL_GROUP, Channel.STATION, Channel.PATROL, Channel.HOTLINE, Channel.WALK_IN
  };
  private static final Duration DUPLICATE_WINDOW = Duration.ofDays(1);

  /**
   * Of the hundred draws of a rating, those below this that are satisfied come with a word of
   * praise (表扬): 15 in 100 ratings.
   */
  private static final int PRAISED = 55;

  /** What a resident who praises says. */
  private static final String PRAISE = "感谢网格及时办理，表扬";

  private static final Duration DEFAULT_ACCEPT = Duration.ofHours(4);
  private static final Duration DEFAULT_RESOLVE = Duration.ofDays(5);
  private static final Actor CLOSED_AFTER_RATING = Actor.system("closed after rating");

  /**
   * One in this many demands about works on facilities (a component category) or about an old
   * compound is a project beyond the community's resources.
   */
  private static final int PROJECT_ONE_IN = 8;

  private final PopulatedDistrict district;
  private final GovernanceEngine engine;
  private final SimulationClock clock;
  private final int volume;
  private final LocalDate start;
  private final boolean keepOrders;
  private final boolean fullSweeps;

  private YearSimulation(
      PopulatedDistrict district,
      GovernanceEngine engine,
      SimulationClock clock,
      int volume,
      LocalDate start,
      boolean keepOrders,
      boolean fullSweeps) {
    this.district = Objects.requireNonNull(district, "a simulation needs a district");
    this.engine = Objects.requireNonNull(engine, "a simulation needs an engine");
    this.clock = Objects.requireNonNull(clock, "a simulation needs the engine's clock");
    if (engine.clock() != clock) {
      throw new IllegalArgumentException("the engine must be built with the simulation's clock");
    }
    if (volume < 0) {
      throw new IllegalArgumentException("the volume is a count, got " + volume);
    }
    this.volume = volume;
    this.start = Objects.requireNonNull(start, "a simulation starts on a day");
    this.keepOrders = keepOrders;
    this.fullSweeps = fullSweeps;
  }

  /**
   * A simulation of the report's year, 2024, with its volume of 1,242 demands.
   *
   * @param district the district
   * @param engine the engine, built with {@code clock}
   * @param clock the clock the engine was built with; a run moves it
   * @return the simulation
   * @throws IllegalArgumentException if the engine does not use the clock
   */
  public static YearSimulation of(
      PopulatedDistrict district, GovernanceEngine engine, SimulationClock clock) {
    return new YearSimulation(
        district, engine, clock, REPORT_VOLUME, REPORT_YEAR_START, false, false);
  }

  /**
   * A simulation of the report's year on the default rules and calendar.
   *
   * @param district the district
   * @return the simulation, on an engine of its own
   */
  public static YearSimulation withDefaultRules(PopulatedDistrict district) {
    SimulationClock clock =
        new SimulationClock(
            REPORT_YEAR_START.atStartOfDay(WorkingCalendar.CHINA).toInstant(),
            WorkingCalendar.CHINA);
    return of(district, GovernanceEngine.builder().clock(clock).build(), clock);
  }

  /**
   * This simulation with another number of demands over the year.
   *
   * @param demands the number of demands, zero or more
   * @return a new simulation
   */
  public YearSimulation withVolume(int demands) {
    return new YearSimulation(district, engine, clock, demands, start, keepOrders, fullSweeps);
  }

  /**
   * This simulation starting on another day.
   *
   * @param day the first day of the simulated year, in the calendar's zone
   * @return a new simulation
   */
  public YearSimulation startingOn(LocalDate day) {
    return new YearSimulation(district, engine, clock, volume, day, keepOrders, fullSweeps);
  }

  /**
   * This simulation keeping every order with its history to the end of the year, in {@link
   * SimulationResult#orders()}. Without it an order is counted into the ledger when it is closed or
   * cancelled, once the evaluation of its quarter no longer needs it, and let go, so that the
   * memory a run needs grows with the orders open at once rather than with the volume.
   *
   * @return a new simulation
   */
  public YearSimulation keepingOrders() {
    return new YearSimulation(district, engine, clock, volume, start, true, fullSweeps);
  }

  /**
   * This simulation sweeping every open order at every close of day, as {@link Escalation#sweep}
   * does, instead of only those its {@link org.gridgov.rules.escalation.EscalationWatch watch}
   * finds due; the two give the same orders, which is what this is for.
   *
   * @return a new simulation
   */
  YearSimulation withFullSweeps() {
    return new YearSimulation(district, engine, clock, volume, start, keepOrders, true);
  }

  /**
   * The number of demands over the year.
   *
   * @return the volume
   */
  public int volume() {
    return volume;
  }

  /**
   * The first day of the simulated year.
   *
   * @return the day
   */
  public LocalDate start() {
    return start;
  }

  /**
   * Runs the year with a seed.
   *
   * @param seed the seed; the same seed gives an equal result
   * @return the orders, ledger, escalations, meetings, evaluation and KPI figures at the end of the
   *     year
   */
  public SimulationResult run(long seed) {
    return run(new SplittableRandom(seed), Progress.NONE);
  }

  /**
   * Runs the year with a seed, telling a listener of each working day done. The listener only
   * watches: the result is the one {@link #run(long)} gives.
   *
   * @param seed the seed; the same seed gives an equal result
   * @param progress told after each working day
   * @return the orders, ledger, escalations, meetings, evaluation and KPI figures at the end of the
   *     year
   */
  public SimulationResult run(long seed, Progress progress) {
    return run(new SplittableRandom(seed), progress);
  }

  /**
   * Runs the year with a generator, used by the calling thread only.
   *
   * @param random the generator
   * @return the orders, ledger, escalations, meetings, evaluation and KPI figures at the end of the
   *     year
   */
  public SimulationResult run(RandomGenerator random) {
    return run(random, Progress.NONE);
  }

  /**
   * Runs the year with a generator, used by the calling thread only, telling a listener of each
   * working day done.
   *
   * @param random the generator
   * @param progress told after each working day, on the calling thread
   * @return the orders, ledger, escalations, meetings, evaluation and KPI figures at the end of the
   *     year
   */
  public SimulationResult run(RandomGenerator random, Progress progress) {
    Objects.requireNonNull(random, "a simulation needs a random generator");
    Objects.requireNonNull(progress, "progress is Progress.NONE when nobody watches");
    WorkingCalendar calendar = engine.calendar();
    ZoneId zone = calendar.zone();
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = start; d.isBefore(start.plusYears(1)); d = d.plusDays(1)) {
      if (calendar.isWorkingDay(d)) {
        days.add(d);
      }
    }
    if (days.isEmpty()) {
      throw new IllegalArgumentException(
          "the calendar has no working day in the year from " + start);
    }
    int[] perDay = new int[days.size()];
    for (int i = 0; i < volume; i++) {
      perDay[random.nextInt(days.size())]++;
    }
    try (Year year = new Year(random, zone, calendar, days)) {
      for (int i = 0; i < days.size(); i++) {
        year.day(days.get(i), perDay[i]);
        progress.dayDone(i + 1, days.size());
      }
      return year.result();
    }
  }

  /**
   * Told of a run's progress, day by day. A listener must not use the simulation's engine or clock.
   */
  @FunctionalInterface
  public interface Progress {

    /** A listener that does nothing. */
    Progress NONE = (done, days) -> {};

    /**
     * A working day of the year is done.
     *
     * @param done the working days done so far, 1 to {@code days}
     * @param days the working days of the year
     */
    void dayDone(int done, int days);
  }

  /** An open order as the run last stored it, with its next step. */
  private static final class Held extends NextSteps.Step {
    private WorkOrder order;
  }

  /**
   * One run's state: the open orders, the ledger of the others and what is drawn next.
   *
   * <p>An order closed or cancelled is counted into the ledger and let go; until the evaluation has
   * judged the quarter it was formed in, it is also held for that. A quarter is judged at the close
   * of the first working day after it ends: every step dated in the quarter has been taken by then,
   * as a day's work takes every step due by its close, so its orders stand as they stood at its
   * end.
   */
  private final class Year implements CommunityMeetings.OrderBook, AutoCloseable {

    private final RandomGenerator random;
    private final ZoneId zone;
    private final WorkingCalendar calendar;
    private final List<LocalDate> days;
    private final Routing routing = Routing.on(engine);
    private final Escalation escalation = Escalation.on(engine);
    private final Evaluation rater = Evaluation.of(new RatingMemo(engine), engine::catalogue);
    private final Evaluation evaluation = Evaluation.on(engine);
    private final DistrictContext context;
    private final List<CategoryDefinition> categories;
    private final List<Grid> grids;
    private final CommunityMeetings meetings;

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
    private int reported;

    /** The resident of each grid, filled when the run starts and only read after. */
    private final Map<GridCode, PersonId> residents = new HashMap<>();

    /** The actors and reasons of the steps, made once each. */
    private final Map<GridCode, Actor> reporters = new HashMap<>();

    private final Map<Channel, String> reportedBy = new EnumMap<>(Channel.class);
    private final Map<String, Actor> assignees = new HashMap<>();

    Year(RandomGenerator random, ZoneId zone, WorkingCalendar calendar, List<LocalDate> days) {
      this.random = random;
      this.zone = zone;
      this.calendar = calendar;
      this.days = days;
      this.context =
          DistrictContext.of(district.snapshot(), CompetentUnits.of(district.snapshot()));
      List<CategoryDefinition> defs = new ArrayList<>(routing.categories().values());
      defs.sort(Comparator.comparing(d -> d.category().code()));
      this.categories = List.copyOf(defs);
      List<Grid> gs = new ArrayList<>(district.snapshot().territory().grids());
      gs.sort(Comparator.comparing(g -> g.code().toString()));
      this.grids = List.copyOf(gs);
      for (Grid g : grids) {
        residents.put(g.code(), PersonId.of("resident-" + g.code()));
      }
      for (Channel c : Channel.values()) {
        reportedBy.put(c, "reported by " + c);
      }
      if (categories.isEmpty() || grids.isEmpty()) {
        throw new IllegalArgumentException("a simulation needs categories and grids");
      }
      this.meetings = new CommunityMeetings(district.snapshot(), days, random, escalation);
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
      long span = Math.max(1, Duration.between(opening, closing).toMinutes() - 60);
      List<Instant> times = new ArrayList<>();
      for (int i = 0; i < demands; i++) {
        times.add(opening.plus(Duration.ofMinutes(random.nextLong(span))));
      }
      times.sort(Comparator.naturalOrder());
      List<WorkOrder> today = new ArrayList<>();
      for (Instant at : times) {
        today.add(report(at, today));
      }
      Map<String, WorkOrder> byId = new LinkedHashMap<>();
      today.forEach(o -> byId.put(o.id().value(), o));
      if (!today.isEmpty()) {
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
      route(new ArrayList<>(byId.values()));
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
     * every open order; the decisions are applied and the open orders of the agenda items put on
     * the agendas of the meetings.
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

    private WorkOrder report(Instant at, List<WorkOrder> today) {
      reported++;
      String number = Integer.toString(reported);
      if (number.length() < 5) {
        number = "0".repeat(5 - number.length()) + number;
      }
      WorkOrderId id = WorkOrderId.of("WO-" + start.getYear() + "-" + number);
      DemandId demand = DemandId.of("D-" + start.getYear() + "-" + number);
      Channel channel = channel();
      Report report;
      Optional<WorkOrder> repeated =
          today.isEmpty() || random.nextInt(100) >= 4
              ? Optional.empty()
              : today.stream().filter(o -> o.compound().isPresent()).findFirst();
      if (repeated.isPresent()) {
        WorkOrder first = repeated.get();
        report =
            new Report(
                id,
                Origin.demand(demand),
                first.category(),
                first.matterKind(),
                first.urgency(),
                channel,
                first.grid(),
                first.compound(),
                first.summary());
      } else {
        CategoryDefinition category = categories.get(random.nextInt(categories.size()));
        Grid grid = grids.get(random.nextInt(grids.size()));
        Optional<CompoundId> compound = Optional.empty();
        if (category.topic() == Topic.PROPERTY) {
          List<Compound> compounds = territory().compoundsOf(grid.code());
          if (!compounds.isEmpty()) {
            compound = Optional.of(compounds.get(random.nextInt(compounds.size())).id());
          }
        }
        Urgency urgency = random.nextInt(100) < 90 ? Urgency.ROUTINE : Urgency.URGENT;
        boolean works =
            category.categoryClass() == CategoryClass.COMPONENT
                || compound
                    .flatMap(territory()::compound)
                    .filter(Compound::oldCompound)
                    .isPresent();
        if (works && random.nextInt(PROJECT_ONE_IN) == 0) {
          beyondResources.add(id);
        }
        report =
            new Report(
                id,
                Origin.demand(demand),
                category.category(),
                category.matterKind(),
                urgency,
                channel,
                grid.code(),
                compound,
                category.name());
      }
      WorkOrder order =
          WorkOrder.report(
              report,
              reporters.computeIfAbsent(report.grid(), g -> Actor.person(resident(g))),
              at,
              reportedBy.get(channel));
      if (kept != null) {
        kept.put(order.id(), order);
      }
      store(order);
      return order;
    }

    private Territory territory() {
      return district.snapshot().territory();
    }

    /** The resident who reports and rates in a grid, one for the grid. */
    private PersonId resident(GridCode grid) {
      PersonId known = residents.get(grid);
      return known != null ? known : PersonId.of("resident-" + grid);
    }

    private Channel channel() {
      int r = random.nextInt(100);
      for (int i = 0; i < CHANNELS.length; i++) {
        r -= CHANNEL_WEIGHTS[i];
        if (r < 0) {
          return CHANNELS[i];
        }
      }
      return Channel.CALL_GROUP;
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
      Instant due;
      switch (o.status()) {
        case DISPATCHED -> due = late(last, o.deadlines().acceptBy(), DEFAULT_ACCEPT, 0.9);
        case ACCEPTED -> due = last.plus(Duration.ofMinutes(10 + random.nextInt(120)));
        case REOPENED -> due = last.plus(Duration.ofHours(1 + random.nextInt(24)));
        case IN_PROGRESS -> due = late(last, o.deadlines().resolveBy(), DEFAULT_RESOLVE, 0.85);
        case RESOLVED -> due = last.plus(Duration.ofHours(2 + random.nextInt(70)));
        case RATED -> due = last.plus(Duration.ofMinutes(30));
        default -> due = null;
      }
      if (h == null) {
        return;
      }
      if (due == null) {
        nextSteps.remove(h);
      } else {
        nextSteps.set(h, due.isAfter(last) ? due : last.plusSeconds(60));
      }
    }

    /** A moment before the deadline with the given chance, after it otherwise. */
    private Instant late(
        Instant from, Optional<Instant> deadline, Duration fallback, double onTime) {
      Instant by = deadline.filter(d -> d.isAfter(from)).orElse(from.plus(fallback));
      double span = Duration.between(from, by).toSeconds();
      double share =
          random.nextDouble() < onTime
              ? 0.1 + 0.8 * random.nextDouble()
              : 1.1 + 1.5 * random.nextDouble();
      return from.plusSeconds((long) (span * share));
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
          Optional<Transition> step = step(o, due);
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

    private Optional<Transition> step(WorkOrder o, Instant at) {
      Actor assignee =
          assignees.computeIfAbsent(
              o.assignee().map(a -> a.name()).orElse("none"), n -> Actor.system("assignee " + n));
      return switch (o.status()) {
        case DISPATCHED -> Optional.of(o.accept(assignee, at, "accepted"));
        case ACCEPTED, REOPENED -> Optional.of(o.start(assignee, at, "started"));
        case IN_PROGRESS -> Optional.of(o.resolve(assignee, at, "resolved"));
        case RESOLVED -> Optional.of(rater.rate(o, rating(o, at)));
        case RATED -> Optional.of(o.close(CLOSED_AFTER_RATING, at, "rated"));
        default -> Optional.empty();
      };
    }

    private Rating rating(WorkOrder o, Instant at) {
      int unsatisfied = o.reopenings() == 0 ? 12 : 4;
      int r = random.nextInt(100);
      Satisfaction s =
          r < unsatisfied
              ? Satisfaction.UNSATISFIED
              : r < 40 ? Satisfaction.BASICALLY_SATISFIED : Satisfaction.SATISFIED;
      return s == Satisfaction.SATISFIED && r < PRAISED
          ? Rating.of(s, PRAISE, resident(o.grid()), at)
          : Rating.of(s, resident(o.grid()), at);
    }

    /** The open orders as they are now, in the order reported. */
    private List<WorkOrder> openOrders() {
      List<WorkOrder> orders = new ArrayList<>(open.size());
      open.values().forEach(h -> orders.add(h.order));
      return orders;
    }

    /** The year's result, with the quarters not judged yet judged now. */
    SimulationResult result() {
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
          refusals);
    }

    @Override
    public void close() {
      keeper.close();
      if (watch != null) {
        watch.close();
      }
    }

    /**
     * The district with some orders, their demands and the meetings, as the evaluation reads it.
     */
    private DistrictSnapshot evaluated(List<WorkOrder> orders, DistrictSnapshot.Meetings held) {
      DistrictSnapshot s = district.snapshot();
      List<DemandItem> demands = new ArrayList<>();
      for (WorkOrder o : orders) {
        Optional<DemandId> demand = o.origin().demandId();
        if (demand.isPresent()) {
          demands.add(
              new DemandItem(
                  demand.get(),
                  o.category(),
                  o.matterKind(),
                  o.urgency(),
                  o.channel(),
                  o.grid(),
                  o.compound(),
                  resident(o.grid()),
                  o.reportedAt(),
                  o.summary(),
                  Set.of()));
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
}
