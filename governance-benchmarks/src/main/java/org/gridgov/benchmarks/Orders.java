package org.gridgov.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.gridgov.core.evaluation.Rating;
import org.gridgov.core.evaluation.Satisfaction;
import org.gridgov.core.lists.Channel;
import org.gridgov.core.lists.DemandId;
import org.gridgov.core.lists.MatterKind;
import org.gridgov.core.lists.Urgency;
import org.gridgov.core.people.PersonId;
import org.gridgov.core.territory.CompoundId;
import org.gridgov.core.territory.GridCode;
import org.gridgov.core.workorder.Actor;
import org.gridgov.core.workorder.EscalationLevel;
import org.gridgov.core.workorder.Origin;
import org.gridgov.core.workorder.Report;
import org.gridgov.core.workorder.ResponsibleSubject;
import org.gridgov.core.workorder.Transition;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.core.workorder.WorkOrderId;
import org.gridgov.rules.decision.CategoryDefinition;
import org.gridgov.rules.escalation.Escalation;

/**
 * Generated work orders over a {@link BenchmarkDistrict}, the same for the same seed: orders to
 * route, of every category, urgency, matter kind and reach; and open orders for the escalation
 * sweep, dispatched at times before the sweep and taken through acceptance, work, reminders,
 * escalations, supervision, unsatisfied ratings and suspension.
 */
public final class Orders {

  private static final Actor RESIDENT = Actor.person(PersonId.of("R-1"));
  private static final Actor WORKER = Actor.person(PersonId.of("W-1"));
  private static final Instant REPORTED = Instant.parse("2024-05-06T01:00:00Z");
  private static final Urgency[] URGENCIES = Urgency.values();
  private static final MatterKind[] KINDS = MatterKind.values();

  private Orders() {}

  /**
   * Orders to route, reported one second apart.
   *
   * @param district the district
   * @param categories the category table
   * @param count how many
   * @param seed the random seed
   * @return the orders
   */
  public static List<WorkOrder> toRoute(
      BenchmarkDistrict district, List<CategoryDefinition> categories, int count, long seed) {
    return all(toRouteInChunks(district, categories, count, Math.max(1, count), seed), count);
  }

  /**
   * The same orders as {@link #toRoute} with the same seed, made a chunk at a time as the stream is
   * read, so that a million orders need not be held at once.
   *
   * @param district the district
   * @param categories the category table
   * @param count how many in all
   * @param chunk how many in each chunk but the last
   * @param seed the random seed
   * @return a sequential stream of chunks, to be read once
   */
  public static Stream<List<WorkOrder>> toRouteInChunks(
      BenchmarkDistrict district,
      List<CategoryDefinition> categories,
      int count,
      int chunk,
      long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    return inChunks(
        count,
        chunk,
        i -> report(district, categories, random, "WO-R" + i, REPORTED.plusSeconds(i)));
  }

  /**
   * Open orders for a sweep at an instant, dispatched up to 25 days before it.
   *
   * @param district the district
   * @param categories the category table
   * @param escalation the deadlines of dispatched orders
   * @param count how many
   * @param now the sweep's instant; every event is before it
   * @param seed the random seed
   * @return the orders
   */
  public static List<WorkOrder> open(
      BenchmarkDistrict district,
      List<CategoryDefinition> categories,
      Escalation escalation,
      int count,
      Instant now,
      long seed) {
    return all(
        openInChunks(district, categories, escalation, count, Math.max(1, count), now, seed),
        count);
  }

  /**
   * The same orders as {@link #open} with the same seed, made a chunk at a time as the stream is
   * read.
   *
   * @param district the district
   * @param categories the category table
   * @param escalation the deadlines of dispatched orders
   * @param count how many in all
   * @param chunk how many in each chunk but the last
   * @param now the sweep's instant; every event is before it
   * @param seed the random seed
   * @return a sequential stream of chunks, to be read once
   */
  public static Stream<List<WorkOrder>> openInChunks(
      BenchmarkDistrict district,
      List<CategoryDefinition> categories,
      Escalation escalation,
      int count,
      int chunk,
      Instant now,
      long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    long window = Duration.ofDays(25).toSeconds();
    return inChunks(
        count,
        chunk,
        i -> {
          Instant dispatchedAt = now.minusSeconds(60 + random.nextLong(window));
          Instant reportedAt = dispatchedAt.minusSeconds(600);
          WorkOrder reported = report(district, categories, random, "WO-S" + i, reportedAt);
          WorkOrder order =
              reported
                  .dispatch(
                      ResponsibleSubject.community(reported.grid().community(), "社区"),
                      escalation.deadlines(reported, dispatchedAt),
                      WORKER,
                      dispatchedAt,
                      "")
                  .orElseThrow();
          return progress(order, dispatchedAt, now, random);
        });
  }

  /**
   * Orders 0 to count - 1 in chunks, each made when its chunk is read. The maker draws from one
   * random source, so the chunks must be read in order, once.
   */
  private static Stream<List<WorkOrder>> inChunks(
      int count, int chunk, IntFunction<WorkOrder> maker) {
    if (count < 0 || chunk < 1) {
      throw new IllegalArgumentException(
          "chunks need a count of at least 0 and a size of at least 1, got count "
              + count
              + " and size "
              + chunk);
    }
    int chunks = (count + chunk - 1) / chunk;
    return IntStream.range(0, chunks)
        .sequential()
        .mapToObj(
            c -> {
              int from = c * chunk;
              int to = Math.min(count, from + chunk);
              List<WorkOrder> orders = new ArrayList<>(to - from);
              for (int i = from; i < to; i++) {
                orders.add(maker.apply(i));
              }
              return orders;
            });
  }

  private static List<WorkOrder> all(Stream<List<WorkOrder>> chunks, int count) {
    List<WorkOrder> orders = new ArrayList<>(count);
    chunks.forEachOrdered(orders::addAll);
    return orders;
  }

  private static GridCode grid(BenchmarkDistrict district, SplittableRandom random) {
    return district.grids().get(random.nextInt(district.grids().size()));
  }

  /** Takes a dispatched order through a random part of its life, all before now. */
  private static WorkOrder progress(
      WorkOrder dispatched, Instant dispatchedAt, Instant now, SplittableRandom random) {
    WorkOrder order = dispatched;
    long span = Duration.between(dispatchedAt, now).toSeconds();
    int events = 0;
    int state = random.nextInt(100);
    if (state >= 35) {
      order = apply(order, order.accept(WORKER, at(dispatchedAt, span, ++events), ""));
    }
    if (state >= 55) {
      order = apply(order, order.start(WORKER, at(dispatchedAt, span, ++events), ""));
    }
    if (state >= 75 && state < 90) {
      int ratings = state < 80 ? 2 : 1;
      for (int r = 0; r < ratings; r++) {
        order = apply(order, order.resolve(WORKER, at(dispatchedAt, span, ++events), ""));
        Rating rating =
            Rating.of(
                Satisfaction.UNSATISFIED, PersonId.of("R-1"), at(dispatchedAt, span, ++events));
        order = apply(order, order.rate(rating, RESIDENT, ""));
        if (r + 1 < ratings) {
          order = apply(order, order.start(WORKER, at(dispatchedAt, span, ++events), ""));
        }
      }
    }
    int extra = random.nextInt(100);
    if (extra < 15) {
      order =
          apply(
              order,
              order.escalate(
                  Actor.system(BaselineEscalation.ESCALATE_RESOLVE),
                  at(dispatchedAt, span, ++events),
                  ""));
    } else if (extra < 20) {
      order =
          apply(
              order,
              order.escalateTo(
                  EscalationLevel.JOINT_MEETING, WORKER, at(dispatchedAt, span, ++events), ""));
    }
    if (random.nextInt(100) < 20) {
      order = apply(order, order.remind(WORKER, at(dispatchedAt, span, ++events), ""));
    }
    if (random.nextInt(100) < 5) {
      order = apply(order, order.supervise(WORKER, at(dispatchedAt, span, ++events), ""));
    }
    if (random.nextInt(100) < 3) {
      order = apply(order, order.suspend(WORKER, at(dispatchedAt, span, ++events), ""));
    }
    return order;
  }

  /** The n-th event after a dispatch, spread over the time until now. */
  private static Instant at(Instant dispatchedAt, long span, int n) {
    return dispatchedAt.plusSeconds(span * n / 12);
  }

  private static WorkOrder apply(WorkOrder order, Transition transition) {
    return transition.isApplied() ? transition.orElseThrow() : order;
  }

  private static WorkOrder report(
      BenchmarkDistrict district,
      List<CategoryDefinition> categories,
      SplittableRandom random,
      String id,
      Instant at) {
    CategoryDefinition category = categories.get(random.nextInt(categories.size()));
    GridCode grid = grid(district, random);
    int u = random.nextInt(10);
    Urgency urgency = u < 7 ? Urgency.ROUTINE : u < 9 ? Urgency.URGENT : Urgency.EMERGENCY;
    if (random.nextInt(20) == 0) {
      urgency = URGENCIES[random.nextInt(URGENCIES.length)];
    }
    MatterKind kind =
        random.nextInt(5) == 0 ? KINDS[random.nextInt(KINDS.length)] : category.matterKind();
    List<CompoundId> compounds = district.compoundsByGrid().get(grid);
    Optional<CompoundId> compound =
        random.nextInt(10) < 7
            ? Optional.of(compounds.get(random.nextInt(compounds.size())))
            : Optional.empty();
    DemandId demand =
        random.nextInt(10) == 0
            ? district.spanningDemands().get(random.nextInt(district.spanningDemands().size()))
            : DemandId.of("D-" + id);
    return WorkOrder.report(
        new Report(
            WorkOrderId.of(id),
            Origin.demand(demand),
            category.category(),
            kind,
            urgency,
            Channel.CALL_GROUP,
            grid,
            compound,
            "generated order " + id),
        RESIDENT,
        at,
        "");
  }

  /**
   * Cuts a list into chunks.
   *
   * @param <T> the element type
   * @param all the list
   * @param size the chunk size
   * @return views of the list
   */
  public static <T> List<List<T>> chunks(List<T> all, int size) {
    List<List<T>> chunks = new ArrayList<>();
    for (int from = 0; from < all.size(); from += size) {
      chunks.add(all.subList(from, Math.min(all.size(), from + size)));
    }
    return chunks;
  }
}
