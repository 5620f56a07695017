package org.gridgov.rules.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.gridgov.core.evaluation.Rating;
import org.gridgov.core.evaluation.Satisfaction;
import org.gridgov.core.people.PersonId;
import org.gridgov.core.territory.GridCode;
import org.gridgov.core.workorder.Actor;
import org.gridgov.core.workorder.Deadlines;
import org.gridgov.core.workorder.ResponsibleSubject;
import org.gridgov.core.workorder.WorkOrder;

/**
 * Work orders with drawn histories: dispatched by a person or a rule, maybe returned and dispatched
 * again, accepted and resolved on time or late, rated satisfied, praised or unsatisfied, closed or
 * left open somewhere on the way.
 */
final class OrderStories {

  private static final ResponsibleSubject[] SUBJECTS = {
    ResponsibleSubject.gridWorker(PersonId.of("p-lin"), "林建华"),
    ResponsibleSubject.gridWorker(PersonId.of("p-wang"), "王志强"),
    ResponsibleSubject.community(Districts.ZHANQIAN, "站前社区委员会"),
  };

  private static final Actor[] DISPATCHERS = {
    Actor.system("autonomy matters go to the community committee"), Actor.person(Districts.LIN)
  };

  private OrderStories() {}

  /** An order of a grid reported at an instant, its story drawn from the random numbers. */
  static WorkOrder drawn(String id, GridCode grid, Instant at, Random random) {
    WorkOrder o = Districts.reported(id, grid, at);
    Instant t = at.plus(Duration.ofMinutes(random.nextInt(120)));
    if (random.nextInt(10) == 0) {
      return o;
    }
    o = dispatch(o, t, random);
    if (random.nextInt(6) == 0) {
      t = t.plus(Duration.ofHours(2));
      o = o.returnOrder(Actor.system("wrong subject"), t, "not ours").orElseThrow();
      t = t.plus(Duration.ofMinutes(random.nextInt(180)));
      o = dispatch(o, t, random);
    }
    if (random.nextInt(10) == 0) {
      return o;
    }
    Actor by = Actor.person(PersonId.of("p-handler"));
    t = t.plus(Duration.ofHours(random.nextBoolean() ? 2 : 30));
    o = o.accept(by, t, "").orElseThrow().start(by, t, "").orElseThrow();
    for (int round = 0; round < 3; round++) {
      if (random.nextInt(8) == 0) {
        return o;
      }
      t = t.plus(Duration.ofDays(random.nextInt(4) == 0 ? 7 : 1));
      o = o.resolve(by, t, "done").orElseThrow();
      t = t.plus(Duration.ofHours(5));
      int draw = random.nextInt(10);
      Satisfaction s =
          draw < 2
              ? Satisfaction.UNSATISFIED
              : draw < 5 ? Satisfaction.BASICALLY_SATISFIED : Satisfaction.SATISFIED;
      Rating rating =
          s == Satisfaction.SATISFIED && draw == 9
              ? Rating.of(s, "表扬", Districts.RESIDENT, t)
              : Rating.of(s, Districts.RESIDENT, t);
      o = o.rate(rating, Actor.person(Districts.RESIDENT), "").orElseThrow();
      if (s.isSatisfied()) {
        return o.close(Actor.system("close"), t, "").orElseThrow();
      }
      o = o.start(by, t, "again").orElseThrow();
    }
    return o;
  }

  private static WorkOrder dispatch(WorkOrder o, Instant t, Random random) {
    Deadlines deadlines =
        random.nextInt(5) == 0
            ? Deadlines.NONE
            : Deadlines.of(t.plus(Duration.ofDays(1)), t.plus(Duration.ofDays(5)));
    return o.dispatch(
            SUBJECTS[random.nextInt(SUBJECTS.length)],
            deadlines,
            DISPATCHERS[random.nextInt(DISPATCHERS.length)],
            t,
            "")
        .orElseThrow();
  }

  /**
   * An order of a grid resolved on time in every respect: dispatched, accepted at once, resolved
   * the next day, rated satisfied and closed.
   */
  static WorkOrder onTimeAndSatisfied(String id, GridCode grid, Instant at) {
    Actor by = Actor.person(PersonId.of("p-handler"));
    return Districts.reported(id, grid, at)
        .dispatch(
            SUBJECTS[0],
            Deadlines.of(at.plus(Duration.ofDays(1)), at.plus(Duration.ofDays(5))),
            DISPATCHERS[0],
            at,
            "")
        .orElseThrow()
        .accept(by, at, "")
        .orElseThrow()
        .start(by, at, "")
        .orElseThrow()
        .resolve(by, at.plus(Duration.ofDays(1)), "done")
        .orElseThrow()
        .rate(
            Rating.of(Satisfaction.SATISFIED, Districts.RESIDENT, at.plus(Duration.ofDays(2))),
            Actor.person(Districts.RESIDENT),
            "")
        .orElseThrow()
        .close(Actor.system("close"), at.plus(Duration.ofDays(2)), "")
        .orElseThrow();
  }
}
