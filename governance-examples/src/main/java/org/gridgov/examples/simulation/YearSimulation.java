package org.gridgov.examples.simulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.gridgov.core.calendar.WorkingCalendar;
import org.gridgov.examples.district.PopulatedDistrict;
import org.gridgov.rules.GovernanceEngine;
import org.gridgov.rules.escalation.Escalation;

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

  /**
   * The first day the source report's list figures count: "since last year" (去年以来) in a report
   * dated December 2023.
   */
  public static final LocalDate REPORT_PERIOD_FROM = LocalDate.of(2022, 1, 1);

  /** The last day the source report's list figures count, about its date. */
  public static final LocalDate REPORT_PERIOD_TO = LocalDate.of(2023, 11, 30);

  /** The longest period a simulation runs: ten years. */
  public static final int MAX_YEARS = 10;

  private final PopulatedDistrict district;
  private final GovernanceEngine engine;
  private final SimulationClock clock;
  private final int volume;
  private final LocalDate start;

  /** The day after the last simulated day. */
  private final LocalDate end;

  private final boolean keepOrders;
  private final boolean fullSweeps;

  /** The list cycle's parameters, or null for a simulation without the cycle. */
  private final CycleParameters cycle;

  private YearSimulation(
      PopulatedDistrict district,
      GovernanceEngine engine,
      SimulationClock clock,
      int volume,
      LocalDate start,
      LocalDate end,
      boolean keepOrders,
      boolean fullSweeps,
      CycleParameters cycle) {
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
    this.end = Objects.requireNonNull(end, "a simulation ends on a day");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException(
          "a simulated period ends on or after the day it starts, got "
              + start
              + " to "
              + end.minusDays(1));
    }
    if (end.isAfter(start.plusYears(MAX_YEARS))) {
      throw new IllegalArgumentException(
          "a simulated period is at most "
              + MAX_YEARS
              + " years long, got "
              + start
              + " to "
              + end.minusDays(1));
    }
    this.keepOrders = keepOrders;
    this.fullSweeps = fullSweeps;
    this.cycle = cycle;
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
        district,
        engine,
        clock,
        REPORT_VOLUME,
        REPORT_YEAR_START,
        REPORT_YEAR_START.plusYears(1),
        false,
        false,
        null);
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
    return new YearSimulation(
        district, engine, clock, demands, start, end, keepOrders, fullSweeps, cycle);
  }

  /**
   * This simulation running the list cycle through the rules of {@link
   * org.gridgov.rules.cycle.ListCycle} on one {@link org.gridgov.core.cycle.CycleLedger}: each
   * demand is sorted onto the demand list; small matters keep today's dispatch and are settled when
   * their order closes; the project list goes through each community's quarterly joint meeting,
   * dispatch, taking, progress, resolution and rating. The result has the ledger ({@link
   * SimulationResult#listCycle()}).
   *
   * @param parameters the people's part, such as {@link CycleParameters#DEFAULTS}
   * @return a new simulation
   */
  public YearSimulation withListCycle(CycleParameters parameters) {
    Objects.requireNonNull(parameters, "a list cycle needs its parameters");
    return new YearSimulation(
        district, engine, clock, volume, start, end, keepOrders, fullSweeps, parameters);
  }

  /**
   * This simulation starting on another day.
   *
   * @param day the first day of the simulated year, in the calendar's zone
   * @return a new simulation
   */
  public YearSimulation startingOn(LocalDate day) {
    return new YearSimulation(
        district, engine, clock, volume, day, day.plusYears(1), keepOrders, fullSweeps, cycle);
  }

  /**
   * This simulation over another period, such as the source report's, {@link #REPORT_PERIOD_FROM}
   * to {@link #REPORT_PERIOD_TO}.
   *
   * @param first the first simulated day, in the calendar's zone
   * @param last the last simulated day, on or after {@code first}, at most {@value #MAX_YEARS}
   *     years later
   * @return a new simulation
   * @throws IllegalArgumentException if the period is empty or too long
   */
  public YearSimulation between(LocalDate first, LocalDate last) {
    Objects.requireNonNull(last, "a simulated period has a last day");
    return new YearSimulation(
        district, engine, clock, volume, first, last.plusDays(1), keepOrders, fullSweeps, cycle);
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
    return new YearSimulation(district, engine, clock, volume, start, end, true, fullSweeps, cycle);
  }

  /**
   * This simulation sweeping every open order at every close of day, as {@link Escalation#sweep}
   * does, instead of only those its {@link org.gridgov.rules.escalation.EscalationWatch watch}
   * finds due; the two give the same orders, which is what this is for.
   *
   * @return a new simulation
   */
  YearSimulation withFullSweeps() {
    return new YearSimulation(district, engine, clock, volume, start, end, keepOrders, true, cycle);
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
   * The last simulated day.
   *
   * @return the day
   */
  public LocalDate last() {
    return end.minusDays(1);
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
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = start; d.isBefore(end); d = d.plusDays(1)) {
      if (calendar.isWorkingDay(d)) {
        days.add(d);
      }
    }
    if (days.isEmpty()) {
      throw new IllegalArgumentException(
          "the calendar has no working day from " + start + " to " + last());
    }
    int[] perDay = new int[days.size()];
    for (int i = 0; i < volume; i++) {
      perDay[random.nextInt(days.size())]++;
    }
    try (PeriodRun year =
        new PeriodRun(district, engine, clock, random, days, keepOrders, fullSweeps, cycle)) {
      for (int i = 0; i < days.size(); i++) {
        year.day(days.get(i), perDay[i]);
        progress.dayDone(i + 1, days.size());
      }
      return year.result(start, last());
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
}
