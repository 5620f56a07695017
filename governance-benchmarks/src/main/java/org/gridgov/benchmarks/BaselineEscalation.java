package org.gridgov.benchmarks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.gridgov.core.calendar.WorkingCalendar;
import org.gridgov.core.calendar.YearQuarter;
import org.gridgov.core.workorder.Actor;
import org.gridgov.core.workorder.Deadlines;
import org.gridgov.core.workorder.EscalationLevel;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.core.workorder.WorkOrderEvent;
import org.gridgov.core.workorder.WorkOrderId;
import org.gridgov.core.workorder.WorkOrderStatus;
import org.gridgov.rules.decision.AgendaItem;
import org.gridgov.rules.decision.EscalationStep;
import org.gridgov.rules.decision.OrderDecision;
import org.gridgov.rules.decision.Reminder;
import org.gridgov.rules.decision.Supervision;
import org.gridgov.rules.decision.TrafficLight;
import org.gridgov.rules.escalation.EscalationSweep;
import org.gridgov.rules.fact.LimitKind;
import org.gridgov.rules.fact.OpenOrder;
import org.gridgov.rules.fact.RunningLimit;
import org.gridgov.rules.fact.SweepContext;

/**
 * The default escalation sweep written by hand: the rules of {@code sweep.drl} (a reminder at 80 %
 * of a limit, once per limit; one escalation on a breach, the resolve limit first; supervision
 * after a second breach or two unsatisfied ratings; a traffic light per order; the quarter-end
 * agenda) as plain Java over the same {@link OpenOrder}, {@link RunningLimit} and {@link
 * SweepContext} facts that the engine matches, made from work orders the way the engine's sweep
 * makes them. Decisions are the same records the rules insert, in the engine's order: by rule name.
 *
 * <p>Thread-safe.
 */
public final class BaselineEscalation {

  static final String REMIND_ACCEPT = "remind at 80 percent of the accept limit";
  static final String REMIND_RESOLVE = "remind at 80 percent of the resolve limit";
  static final String ESCALATE_ACCEPT = "escalate one level on a breach of the accept limit";
  static final String ESCALATE_RESOLVE = "escalate one level on a breach of the resolve limit";
  static final String SUPERVISE_BREACH = "supervise after a second breach";
  static final String SUPERVISE_RATINGS = "supervise after two unsatisfied ratings";
  static final String GREEN = "show a green light below 80 percent of the limit";
  static final String YELLOW = "show a yellow light from 80 percent up to the limit";
  static final String RED = "show a red light past the limit";
  static final String AGENDA =
      "put orders open at the quarter end on the next joint meeting agenda";

  private static final Comparator<WorkOrderId> BY_ID = Comparator.comparing(WorkOrderId::value);

  /**
   * The facts of one open order.
   *
   * @param order the order
   * @param accept its running accept limit, or null
   * @param resolve its running resolve limit, or null
   */
  public record Facts(OpenOrder order, RunningLimit accept, RunningLimit resolve) {

    /**
     * The facts as the engine receives them: the order, then its limits.
     *
     * @return the facts
     */
    public List<Object> asList() {
      List<Object> facts = new ArrayList<>(3);
      facts.add(order);
      if (accept != null) {
        facts.add(accept);
      }
      if (resolve != null) {
        facts.add(resolve);
      }
      return facts;
    }
  }

  private final WorkingCalendar calendar;
  private final Clock clock;

  /**
   * A sweep on a calendar and a clock.
   *
   * @param calendar the working calendar, as the engine's
   * @param clock the clock, as the engine's
   */
  public BaselineEscalation(WorkingCalendar calendar, Clock clock) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * The sweep's instant and quarter.
   *
   * @return the context
   */
  public SweepContext context() {
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, calendar.zone());
    YearQuarter quarter = YearQuarter.of(today);
    boolean last =
        calendar.isWorkingDay(today) && calendar.workingDaysBetween(today, quarter.lastDay()) == 0;
    return new SweepContext(now, today, quarter, last);
  }

  /**
   * Sweeps open orders: the facts, then the decisions.
   *
   * @param orders the orders; closed and cancelled ones are skipped
   * @return the decisions per order
   */
  public EscalationSweep sweep(Collection<WorkOrder> orders) {
    SweepContext context = context();
    Map<WorkOrderId, List<OrderDecision>> byOrder = new TreeMap<>(BY_ID);
    for (WorkOrder order : orders) {
      if (order.status().isOpen()) {
        byOrder.put(order.id(), decide(context, facts(order)));
      }
    }
    return new EscalationSweep(context.now(), byOrder);
  }

  /**
   * Decides one order from its facts: the rules alone.
   *
   * @param context the sweep's context
   * @param facts the order's facts
   * @return the decisions, by rule name
   */
  public static List<OrderDecision> decide(SweepContext context, Facts facts) {
    OpenOrder order = facts.order();
    RunningLimit accept = facts.accept();
    RunningLimit resolve = facts.resolve();
    List<OrderDecision> decisions = new ArrayList<>(4);
    // in the order of the rules' names
    boolean canEscalate = order.level() != EscalationLevel.JOINT_MEETING;
    boolean acceptBreached = accept != null && accept.elapsedShare() > 1.0;
    boolean resolveBreached = resolve != null && resolve.elapsedShare() > 1.0;
    if (canEscalate && acceptBreached && !resolveBreached) {
      decisions.add(EscalationStep.oneLevelUp(order, accept, ESCALATE_ACCEPT));
    }
    if (canEscalate && resolveBreached) {
      decisions.add(EscalationStep.oneLevelUp(order, resolve, ESCALATE_RESOLVE));
    }
    if (context.lastWorkingDayOfQuarter()) {
      decisions.add(AgendaItem.nextMeeting(order, context, AGENDA));
    }
    if (accept != null && dueForReminder(accept)) {
      decisions.add(Reminder.of(accept, REMIND_ACCEPT));
    }
    if (resolve != null && dueForReminder(resolve)) {
      decisions.add(Reminder.of(resolve, REMIND_RESOLVE));
    }
    double most = order.mostAdvancedShare();
    if (most < 0.8) {
      decisions.add(TrafficLight.of(order, TrafficLight.Colour.GREEN, GREEN));
    } else if (most > 1.0) {
      decisions.add(TrafficLight.of(order, TrafficLight.Colour.RED, RED));
    } else {
      decisions.add(TrafficLight.of(order, TrafficLight.Colour.YELLOW, YELLOW));
    }
    if (!order.supervised()) {
      if (order.breachEscalations() >= 1 && (acceptBreached || resolveBreached)) {
        decisions.add(
            Supervision.of(
                order,
                "a time limit is breached again after the order was escalated for lateness",
                SUPERVISE_BREACH));
      }
      if (order.unsatisfiedRatings() >= 2) {
        decisions.add(
            Supervision.of(order, "residents rated the work unsatisfied twice", SUPERVISE_RATINGS));
      }
    }
    return decisions;
  }

  private static boolean dueForReminder(RunningLimit limit) {
    return limit.elapsedShare() >= 0.8
        && limit.elapsedShare() <= 1.0
        && limit.lastReminderShare() < 0.8;
  }

  /**
   * The facts of an open order at the clock's instant, as the engine's sweep makes them: the shares
   * of its running limits elapsed on the working calendar, restarted by an escalation or a
   * reopening.
   *
   * @param order an open order
   * @return its facts
   */
  public Facts facts(WorkOrder order) {
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
    RunningLimit accept = null;
    RunningLimit resolve = null;
    if (dispatch >= 0) {
      Instant dispatchedAt = history.get(dispatch).at();
      Instant escalatedAt = dispatchedAt;
      Instant reopenedAt = dispatchedAt;
      for (int i = dispatch + 1; i < history.size(); i++) {
        WorkOrderEvent e = history.get(i);
        if (e instanceof WorkOrderEvent.Escalated) {
          escalatedAt = e.at();
        } else if (e instanceof WorkOrderEvent.Rated rated && !rated.rating().closes()) {
          reopenedAt = e.at();
        }
      }
      WorkOrderStatus status = order.status();
      Deadlines deadlines = order.deadlines();
      if (status == WorkOrderStatus.DISPATCHED) {
        accept =
            running(
                order,
                LimitKind.ACCEPT,
                dispatchedAt,
                deadlines.acceptBy().orElse(null),
                escalatedAt);
      }
      if (status == WorkOrderStatus.DISPATCHED
          || status == WorkOrderStatus.ACCEPTED
          || status == WorkOrderStatus.IN_PROGRESS
          || status == WorkOrderStatus.REOPENED) {
        Instant restart = escalatedAt.isAfter(reopenedAt) ? escalatedAt : reopenedAt;
        resolve =
            running(
                order,
                LimitKind.RESOLVE,
                dispatchedAt,
                deadlines.resolveBy().orElse(null),
                restart);
      }
      if (accept != null || resolve != null) {
        accept = reminded(accept, history, dispatch);
        resolve = reminded(resolve, history, dispatch);
      }
    }
    double most = 0;
    if (accept != null) {
      most = Math.max(most, accept.elapsedShare());
    }
    if (resolve != null) {
      most = Math.max(most, resolve.elapsedShare());
    }
    OpenOrder open =
        new OpenOrder(
            order.id().value(),
            order.category().code(),
            order.urgency().name(),
            order.status(),
            order.escalationLevel(),
            order.isSupervised(),
            breachEscalations,
            unsatisfied,
            most);
    return new Facts(open, accept, resolve);
  }

  private RunningLimit running(
      WorkOrder order,
      LimitKind kind,
      Instant dispatchedAt,
      Instant deadline,
      Instant restartedAt) {
    if (deadline == null || deadline.isBefore(dispatchedAt)) {
      return null;
    }
    Instant start = dispatchedAt;
    Instant due = deadline;
    if (restartedAt.isAfter(dispatchedAt)) {
      Duration allowed = calendar.workingTimeBetween(dispatchedAt, due);
      start = restartedAt;
      due = calendar.plusWorkingHours(start, allowed);
    }
    return new RunningLimit(
        order.id().value(), kind, start, due, calendar.elapsedShare(start, due, clock), 0);
  }

  /** The limit with the share elapsed at the last reminder since it started. */
  private RunningLimit reminded(RunningLimit limit, List<WorkOrderEvent> history, int dispatch) {
    if (limit == null) {
      return null;
    }
    Instant last = null;
    for (int i = dispatch; i < history.size(); i++) {
      WorkOrderEvent e = history.get(i);
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
}
