package org.gridgov.rules.escalation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.calendar.WorkingCalendar;
import org.gridgov.core.calendar.YearQuarter;
import org.gridgov.core.workorder.Actor;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.core.workorder.WorkOrderEvent;
import org.gridgov.core.workorder.WorkOrderStatus;
import org.gridgov.rules.fact.LimitKind;
import org.gridgov.rules.fact.OpenOrder;
import org.gridgov.rules.fact.RunningLimit;
import org.gridgov.rules.fact.SweepContext;

/**
 * Turns work orders into the flat facts the sweep rules match, counting elapsed shares on the
 * working calendar; see {@link RunningLimit} for when each limit runs.
 */
final class SweepFacts {

  private final WorkingCalendar calendar;
  private final Clock clock;

  SweepFacts(WorkingCalendar calendar, Clock clock) {
    this.calendar = calendar;
    this.clock = clock;
  }

  SweepContext context() {
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, calendar.zone());
    YearQuarter quarter = YearQuarter.of(today);
    boolean last =
        calendar.isWorkingDay(today) && calendar.workingDaysBetween(today, quarter.lastDay()) == 0;
    return new SweepContext(now, today, quarter, last);
  }

  /** The order's facts: its OpenOrder first, then its running limits. */
  List<Object> of(WorkOrder order) {
    List<WorkOrderEvent> history = order.history();
    int dispatch = -1;
    int breachEscalations = 0;
    int unsatisfied = 0;
    for (int i = 0; i < history.size(); i++) {
      WorkOrderEvent e = history.get(i);
      if (e instanceof WorkOrderEvent.Dispatched) {
        dispatch = i;
      } else if (e instanceof WorkOrderEvent.Escalated && e.actor().kind() == Actor.Kind.SYSTEM) {
        breachEscalations++;
      } else if (e instanceof WorkOrderEvent.Rated rated && !rated.rating().closes()) {
        unsatisfied++;
      }
    }
    List<RunningLimit> limits = new ArrayList<>();
    if (dispatch >= 0) {
      Instant dispatchedAt = history.get(dispatch).at();
      Instant escalatedAt = dispatchedAt;
      Instant reopenedAt = dispatchedAt;
      for (WorkOrderEvent e : history.subList(dispatch + 1, history.size())) {
        if (e instanceof WorkOrderEvent.Escalated) {
          escalatedAt = e.at();
        } else if (e instanceof WorkOrderEvent.Rated rated && !rated.rating().closes()) {
          reopenedAt = e.at();
        }
      }
      List<WorkOrderEvent> sinceDispatch = history.subList(dispatch, history.size());
      WorkOrderStatus status = order.status();
      if (status == WorkOrderStatus.DISPATCHED) {
        running(order, LimitKind.ACCEPT, dispatchedAt, order.deadlines().acceptBy(), escalatedAt)
            .map(l -> reminded(l, sinceDispatch))
            .ifPresent(limits::add);
      }
      if (status == WorkOrderStatus.DISPATCHED
          || status == WorkOrderStatus.ACCEPTED
          || status == WorkOrderStatus.IN_PROGRESS
          || status == WorkOrderStatus.REOPENED) {
        Instant restart = escalatedAt.isAfter(reopenedAt) ? escalatedAt : reopenedAt;
        running(order, LimitKind.RESOLVE, dispatchedAt, order.deadlines().resolveBy(), restart)
            .map(l -> reminded(l, sinceDispatch))
            .ifPresent(limits::add);
      }
    }
    double most = 0;
    for (RunningLimit l : limits) {
      most = Math.max(most, l.elapsedShare());
    }
    List<Object> facts = new ArrayList<>(1 + limits.size());
    facts.add(
        new OpenOrder(
            order.id().value(),
            order.category().code(),
            order.urgency().name(),
            order.status(),
            order.escalationLevel(),
            order.isSupervised(),
            breachEscalations,
            unsatisfied,
            most));
    facts.addAll(limits);
    return facts;
  }

  /**
   * A limit from the dispatch to its deadline, or restarted at a later event with the same working
   * time.
   */
  private Optional<RunningLimit> running(
      WorkOrder order,
      LimitKind kind,
      Instant dispatchedAt,
      Optional<Instant> deadline,
      Instant restartedAt) {
    if (deadline.isEmpty() || deadline.get().isBefore(dispatchedAt)) {
      return Optional.empty();
    }
    Instant start = dispatchedAt;
    Instant due = deadline.get();
    if (restartedAt.isAfter(dispatchedAt)) {
      Duration allowed = calendar.workingTimeBetween(dispatchedAt, due);
      start = restartedAt;
      due = calendar.plusWorkingHours(start, allowed);
    }
    return Optional.of(
        new RunningLimit(
            order.id().value(), kind, start, due, calendar.elapsedShare(start, due, clock), 0));
  }

  /** The limit with the share elapsed at the last reminder since it started. */
  private RunningLimit reminded(RunningLimit limit, List<WorkOrderEvent> sinceDispatch) {
    Instant last = null;
    for (WorkOrderEvent e : sinceDispatch) {
      if (e instanceof WorkOrderEvent.Reminded && !e.at().isBefore(limit.start())) {
        last = e.at();
      }
    }
    if (last == null) {
      return limit;
    }
    Instant at = last;
    double share = calendar.elapsedShare(limit.start(), limit.deadline(), () -> at);
    return new RunningLimit(
        limit.orderId(),
        limit.limit(),
        limit.start(),
        limit.deadline(),
        limit.elapsedShare(),
        share);
  }

  /** How close to a watch point a limit counts as at it: one microsecond of working time. */
  private static final long NEAR_NANOS = 1_000L;

  /**
   * The next instant at which one of an order's running limits reaches or passes a watch point:
   * just before it reaches it (so that a rule testing {@code >=} sees it at the first sweep from
   * then on), or, if it is at the point now, just after it passes it (for {@code >}).
   *
   * @param facts the order's facts, as {@link #of} made them
   * @param points the watch points, shares of a limit
   * @return the instant, or empty if every limit has passed every point
   */
  Optional<Instant> nextLook(List<Object> facts, double[] points) {
    Instant now = clock.instant();
    Instant next = null;
    for (Object fact : facts) {
      if (!(fact instanceof RunningLimit limit)) {
        continue;
      }
      long allowed = calendar.workingTimeBetween(limit.start(), limit.deadline()).toNanos();
      if (allowed == 0) {
        if (now.isBefore(limit.deadline())) {
          next = earlier(next, limit.deadline());
        }
        continue;
      }
      long elapsed =
          now.isAfter(limit.start())
              ? calendar.workingTimeBetween(limit.start(), now).toNanos()
              : 0;
      for (double point : points) {
        long at = (long) Math.ceil(allowed * point);
        long look;
        if (elapsed < at - NEAR_NANOS) {
          look = at - NEAR_NANOS;
        } else if (elapsed <= at + NEAR_NANOS) {
          look = at + NEAR_NANOS;
        } else {
          continue;
        }
        next =
            earlier(
                next,
                calendar.plusWorkingHours(limit.start(), Duration.ofNanos(Math.max(0, look))));
      }
    }
    return Optional.ofNullable(next);
  }

  private static Instant earlier(Instant a, Instant b) {
    return a == null || b.isBefore(a) ? b : a;
  }
}
