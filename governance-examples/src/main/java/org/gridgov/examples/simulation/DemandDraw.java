package org.gridgov.examples.simulation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.gridgov.core.lists.Channel;
import org.gridgov.core.lists.DemandId;
import org.gridgov.core.lists.Urgency;
import org.gridgov.core.people.PersonId;
import org.gridgov.core.territory.Compound;
import org.gridgov.core.territory.CompoundId;
import org.gridgov.core.territory.Grid;
import org.gridgov.core.territory.GridCode;
import org.gridgov.core.territory.Territory;
import org.gridgov.core.workorder.Actor;
import org.gridgov.core.workorder.Origin;
import org.gridgov.core.workorder.Report;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.core.workorder.WorkOrderId;
import org.gridgov.rules.decision.CategoryDefinition;
import org.gridgov.rules.fact.CategoryClass;
import org.gridgov.rules.fact.Topic;

/**
 * Draws the residents' demands of a run: when each arrives in a working day, through which channel,
 * about which category, in which grid and compound, and whether it is a project beyond the
 * community's resources.
 *
 * <p>Most demands come through the call groups, then the stations, patrols, hotline and walk-ins.
 * Each has a category of the routing rules, is mostly routine, falls in a grid drawn at random and,
 * for property categories, in one of the grid's compounds. Four in a hundred after a day's first
 * repeat a compound's matter already reported that day. One in {@value #PROJECT_ONE_IN} demands
 * about works on facilities (a component category) or about an old compound is a project beyond the
 * community's resources.
 *
 * <p>Draws from the run's generator in a fixed order; not thread-safe.
 */
final class DemandDraw {

  /** One in this many demands about works or an old compound is beyond the community. */
  static final int PROJECT_ONE_IN = 8;

  private static final int[] CHANNEL_WEIGHTS = {45, 20, 15, 12, 8};
  private static final Channel[] CHANNELS = {
    Channel.CALL_GROUP, Channel.STATION, Channel.PATROL, Channel.HOTLINE, Channel.WALK_IN
  };

  /** Percent of a day's demands after the first that repeat a compound's matter. */
  private static final int REPEATS_PERCENT = 4;

  /** Percent of new demands that are routine rather than urgent. */
  private static final int ROUTINE_PERCENT = 90;

  private final RandomGenerator random;
  private final Territory territory;
  private final int year;
  private final List<CategoryDefinition> categories;
  private final List<Grid> grids;
  private int reported;

  /** The resident of each grid, filled when the run starts and only read after. */
  private final Map<GridCode, PersonId> residents = new HashMap<>();

  /** The actors and reasons of the reports, made once each. */
  private final Map<GridCode, Actor> reporters = new HashMap<>();

  private final Map<Channel, String> reportedBy = new EnumMap<>(Channel.class);

  /**
   * A draw over a district.
   *
   * @param random the run's generator
   * @param territory the district's territory
   * @param year the year in the ids of the orders and demands
   * @param categories the routing rules' categories
   * @throws IllegalArgumentException if there is no category or no grid
   */
  DemandDraw(
      RandomGenerator random,
      Territory territory,
      int year,
      Collection<CategoryDefinition> categories) {
    this.random = random;
    this.territory = territory;
    this.year = year;
    List<CategoryDefinition> defs = new ArrayList<>(categories);
    defs.sort(Comparator.comparing(d -> d.category().code()));
    this.categories = List.copyOf(defs);
    List<Grid> gs = new ArrayList<>(territory.grids());
    gs.sort(Comparator.comparing(g -> g.code().toString()));
    this.grids = List.copyOf(gs);
    for (Grid g : grids) {
      residents.put(g.code(), PersonId.of("resident-" + g.code()));
    }
    for (Channel c : Channel.values()) {
      reportedBy.put(c, "reported by " + c);
    }
    if (this.categories.isEmpty() || grids.isEmpty()) {
      throw new IllegalArgumentException("a simulation needs categories and grids");
    }
  }

  /**
   * The moments a day's demands arrive, in order: uniform over the working hours but the last.
   *
   * @param opening the day's opening
   * @param closing the day's closing
   * @param demands how many arrive
   * @return the moments, earliest first
   */
  List<Instant> arrivals(Instant opening, Instant closing, int demands) {
    long span = Math.max(1, Duration.between(opening, closing).toMinutes() - 60);
    List<Instant> times = new ArrayList<>();
    for (int i = 0; i < demands; i++) {
      times.add(opening.plus(Duration.ofMinutes(random.nextLong(span))));
    }
    times.sort(Comparator.naturalOrder());
    return times;
  }

  /** A drawn demand as a reported order, and whether it is beyond the community's resources. */
  record Drawn(WorkOrder order, boolean beyondResources) {}

  /**
   * The next demand, reported as an order.
   *
   * @param at when it is reported
   * @param today the orders reported earlier the same day, which it may repeat
   * @return the order
   */
  Drawn next(Instant at, List<WorkOrder> today) {
    reported++;
    String number = Integer.toString(reported);
    if (number.length() < 5) {
      number = "0".repeat(5 - number.length()) + number;
    }
    WorkOrderId id = WorkOrderId.of("WO-" + year + "-" + number);
    DemandId demand = DemandId.of("D-" + year + "-" + number);
    Channel channel = channel();
    Report report;
    boolean beyond = false;
    Optional<WorkOrder> repeated =
        today.isEmpty() || random.nextInt(100) >= REPEATS_PERCENT
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
        List<Compound> compounds = territory.compoundsOf(grid.code());
        if (!compounds.isEmpty()) {
          compound = Optional.of(compounds.get(random.nextInt(compounds.size())).id());
        }
      }
      Urgency urgency = random.nextInt(100) < ROUTINE_PERCENT ? Urgency.ROUTINE : Urgency.URGENT;
      boolean works =
          category.categoryClass() == CategoryClass.COMPONENT
              || compound.flatMap(territory::compound).filter(Compound::oldCompound).isPresent();
      beyond = works && random.nextInt(PROJECT_ONE_IN) == 0;
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
    return new Drawn(order, beyond);
  }

  /**
   * The resident who reports and rates in a grid, one for the grid.
   *
   * @param grid the grid
   * @return the resident's id
   */
  PersonId resident(GridCode grid) {
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
}
