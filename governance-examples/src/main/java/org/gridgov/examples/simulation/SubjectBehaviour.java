package org.gridgov.examples.simulation;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.gridgov.core.evaluation.Rating;
import org.gridgov.core.evaluation.Satisfaction;
import org.gridgov.core.people.PersonId;
import org.gridgov.core.territory.GridCode;
import org.gridgov.core.workorder.Actor;
import org.gridgov.core.workorder.Transition;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.rules.evaluation.Evaluation;

/**
 * How the responsible subjects and the residents behave towards an order in progress: when the
 * assignee accepts, starts and resolves it, and how the resident rates it.
 *
 * <p>An assignee accepts before the acceptance deadline nine times in ten and resolves before the
 * resolution deadline 85 times in a hundred, at a share of the time left drawn uniformly, and late
 * otherwise; without a deadline it works towards {@value #DEFAULT_ACCEPT_HOURS} hours to accept and
 * {@value #DEFAULT_RESOLVE_DAYS} days to resolve. Work starts ten minutes to two hours after
 * acceptance, or an hour to a day after a reopening. The resident rates two to 72 hours after
 * resolution: unsatisfied 12 times in a hundred the first time and 4 after a reopening, basically
 * satisfied up to 40 in a hundred, satisfied otherwise. A rated order closes half an hour later.
 *
 * <p>Draws from the run's generator in a fixed order; not thread-safe.
 */
final class SubjectBehaviour {

  static final int DEFAULT_ACCEPT_HOURS = 4;
  static final int DEFAULT_RESOLVE_DAYS = 5;

  private static final Duration DEFAULT_ACCEPT = Duration.ofHours(DEFAULT_ACCEPT_HOURS);
  private static final Duration DEFAULT_RESOLVE = Duration.ofDays(DEFAULT_RESOLVE_DAYS);
  private static final double ACCEPTED_ON_TIME = 0.9;
  private static final double RESOLVED_ON_TIME = 0.85;
  private static final int UNSATISFIED_FIRST_PERCENT = 12;
  private static final int UNSATISFIED_AGAIN_PERCENT = 4;
  private static final int BASICALLY_SATISFIED_BELOW_PERCENT = 40;

  /**
   * Of the hundred draws of a rating, those below this that are satisfied come with a word of
   * praise (表扬): 15 in 100 ratings.
   */
  private static final int PRAISED = 55;

  /** What a resident who praises says. */
  private static final String PRAISE = "感谢网格及时办理，表扬";

  private static final Actor CLOSED_AFTER_RATING = Actor.system("closed after rating");

  private final RandomGenerator random;
  private final Evaluation rater;
  private final Function<GridCode, PersonId> residents;
  private final Map<String, Actor> assignees = new HashMap<>();

  /**
   * The behaviour of a run.
   *
   * @param random the run's generator
   * @param rater the evaluation that records ratings
   * @param residents the resident who rates in each grid
   */
  SubjectBehaviour(
      RandomGenerator random, Evaluation rater, Function<GridCode, PersonId> residents) {
    this.random = random;
    this.rater = rater;
    this.residents = residents;
  }

  /**
   * Draws when an order's next step is due, from its last event.
   *
   * @param o the order as it now stands
   * @return the moment, or null if nobody takes a step on it in its state
   */
  Instant nextStep(WorkOrder o) {
    Instant last = o.lastEventAt();
    return switch (o.status()) {
      case DISPATCHED -> late(last, o.deadlines().acceptBy(), DEFAULT_ACCEPT, ACCEPTED_ON_TIME);
      case ACCEPTED -> last.plus(Duration.ofMinutes(10 + random.nextInt(120)));
      case REOPENED -> last.plus(Duration.ofHours(1 + random.nextInt(24)));
      case IN_PROGRESS -> late(last, o.deadlines().resolveBy(), DEFAULT_RESOLVE, RESOLVED_ON_TIME);
      case RESOLVED -> last.plus(Duration.ofHours(2 + random.nextInt(70)));
      case RATED -> last.plus(Duration.ofMinutes(30));
      default -> null;
    };
  }

  /**
   * The step taken on an order at a moment: accept, start, resolve, rate or close.
   *
   * @param o the order
   * @param at the moment
   * @return the transition, or empty if its state has no step
   */
  Optional<Transition> step(WorkOrder o, Instant at) {
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
    int unsatisfied = o.reopenings() == 0 ? UNSATISFIED_FIRST_PERCENT : UNSATISFIED_AGAIN_PERCENT;
    int r = random.nextInt(100);
    Satisfaction s =
        r < unsatisfied
            ? Satisfaction.UNSATISFIED
            : r < BASICALLY_SATISFIED_BELOW_PERCENT
                ? Satisfaction.BASICALLY_SATISFIED
                : Satisfaction.SATISFIED;
    return s == Satisfaction.SATISFIED && r < PRAISED
        ? Rating.of(s, PRAISE, residents.apply(o.grid()), at)
        : Rating.of(s, residents.apply(o.grid()), at);
  }

  /** A moment before the deadline with the given chance, after it otherwise. */
  private Instant late(Instant from, Optional<Instant> deadline, Duration fallback, double onTime) {
    Instant by = deadline.filter(d -> d.isAfter(from)).orElse(from.plus(fallback));
    double span = Duration.between(from, by).toSeconds();
    double share =
        random.nextDouble() < onTime
            ? 0.1 + 0.8 * random.nextDouble()
            : 1.1 + 1.5 * random.nextDouble();
    return from.plusSeconds((long) (span * share));
  }
}
