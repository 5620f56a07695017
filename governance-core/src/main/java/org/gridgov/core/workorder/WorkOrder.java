package org.gridgov.core.workorder;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gridgov.core.common.Message;
import org.gridgov.core.common.Messages;
import org.gridgov.core.common.ValueRefusedException;
import org.gridgov.core.evaluation.KpiCounts;
import org.gridgov.core.evaluation.Rating;
import org.gridgov.core.evaluation.Satisfaction;
import org.gridgov.core.lists.Category;
import org.gridgov.core.lists.Channel;
import org.gridgov.core.lists.MatterKind;
import org.gridgov.core.lists.Urgency;
import org.gridgov.core.territory.CompoundId;
import org.gridgov.core.territory.GridCode;

/**
 * A work order (工单): one matter from a list, carried from report through dispatch (派单), acceptance
 * (接单), resolution and rating (评单) to closure (销号).
 *
 * <p>A work order is an immutable value. Every command is a method that checks the order's status
 * against the transition table (documented on {@link WorkOrderStatus}, held by {@link
 * WorkOrderCommand}) and returns a {@link Transition}: either the new order with the event the
 * command produced, or a {@link Refusal} with the order unchanged. Business refusals are never
 * thrown; only missing or malformed arguments throw {@link NullPointerException} or {@link
 * IllegalArgumentException}.
 *
 * <p>Every command takes who acts, when and why. No clock is read here: the caller passes the time,
 * and a time before the order's last event is refused. The order keeps its full event history, from
 * which {@link WorkOrders#replay(List)} rebuilds an equal order.
 *
 * <p>Two orders are equal when their histories are equal, and then all their state is. Instances
 * are immutable and safe to share between threads.
 */
public final class WorkOrder {

  private final Report report;
  private final WorkOrderStatus status;
  private final WorkOrderStatus suspendedFrom;
  private final ResponsibleSubject assignee;
  private final Deadlines deadlines;
  private final EscalationLevel escalationLevel;
  private final boolean supervised;
  private final int returns;
  private final int reopenings;
  private final int escalations;
  private final int reminders;

  /** The ratings; a new version shares the old one's. */
  private final Appended<Rating> ratings;

  /** The events; a new version shares the old one's, so that a transition does not copy them. */
  private final Appended<WorkOrderEvent> history;

  /**
   * The KPI counts, counted at the first call: the order never changes, and a ledger asks for them
   * once per grouping. Two threads may both count them; either result is the same.
   */
  private KpiCounts kpiCounts;

  private WorkOrder(
      Report report,
      WorkOrderStatus status,
      WorkOrderStatus suspendedFrom,
      ResponsibleSubject assignee,
      Deadlines deadlines,
      EscalationLevel escalationLevel,
      boolean supervised,
      int returns,
      int reopenings,
      int escalations,
      int reminders,
      List<Rating> ratings,
      List<WorkOrderEvent> history) {
    this.report = report;
    this.status = status;
    this.suspendedFrom = suspendedFrom;
    this.assignee = assignee;
    this.deadlines = deadlines;
    this.escalationLevel = escalationLevel;
    this.supervised = supervised;
    this.returns = returns;
    this.reopenings = reopenings;
    this.escalations = escalations;
    this.reminders = reminders;
    this.ratings = Appended.of(ratings);
    this.history = Appended.of(history);
  }

  // ---------------------------------------------------------------- creation

  /**
   * Reports a matter: creates its work order in status {@link WorkOrderStatus#REPORTED}, at level
   * {@link EscalationLevel#GRID}, with a {@link WorkOrderEvent.Reported} event as its history.
   *
   * @param report the facts of the matter
   * @param by who reported it
   * @param at when
   * @param why any remark; empty when there is none
   * @return the new order
   */
  public static WorkOrder report(Report report, Actor by, Instant at, String why) {
    return reported(new WorkOrderEvent.Reported(report.id(), 1, at, by, why, report));
  }

  static WorkOrder reported(WorkOrderEvent.Reported event) {
    return new WorkOrder(
        event.report(),
        WorkOrderStatus.REPORTED,
        null,
        null,
        Deadlines.NONE,
        EscalationLevel.GRID,
        false,
        0,
        0,
        0,
        0,
        List.of(),
        List.of(event));
  }

  // ---------------------------------------------------------------- commands

  /**
   * 派单: dispatches the order to a responsible subject. Legal from REPORTED and RETURNED.
   *
   * @param to the responsible subject
   * @param deadlines the deadlines for accepting and resolving, maybe {@link Deadlines#NONE}
   * @param by who dispatches: a person, a meeting's chair, or a routing rule
   * @param at when
   * @param why why this subject; empty when nothing is said
   * @return the order dispatched, or the refusal
   */
  public Transition dispatch(
      ResponsibleSubject to, Deadlines deadlines, Actor by, Instant at, String why) {
    return attempt(new WorkOrderEvent.Dispatched(id(), nextSequence(), at, by, why, to, deadlines));
  }

  /**
   * 接单: the assignee accepts the order. Legal from DISPATCHED.
   *
   * @param by who accepts
   * @param at when
   * @param why any remark; empty when there is none
   * @return the order accepted, or the refusal
   */
  public Transition accept(Actor by, Instant at, String why) {
    return attempt(new WorkOrderEvent.Accepted(id(), nextSequence(), at, by, why));
  }

  /**
   * Starts work, or starts it again after an unsatisfied rating. Legal from ACCEPTED and REOPENED.
   *
   * @param by who starts
   * @param at when
   * @param why any remark; empty when there is none
   * @return the order in progress, or the refusal
   */
  public Transition start(Actor by, Instant at, String why) {
    return attempt(new WorkOrderEvent.Started(id(), nextSequence(), at, by, why));
  }

  /**
   * Reports the matter resolved. Legal from IN_PROGRESS.
   *
   * @param by who resolved it
   * @param at when
   * @param why what was done
   * @return the order resolved, or the refusal
   */
  public Transition resolve(Actor by, Instant at, String why) {
    return attempt(new WorkOrderEvent.Resolved(id(), nextSequence(), at, by, why));
  }

  /**
   * 评单: records a resident's rating. Legal from RESOLVED. A satisfied or basically satisfied rating
   * leads to RATED; an unsatisfied one reopens the order (REOPENED) with the same assignee. The
   * event happens at the time the rating was given.
   *
   * @param rating the rating
   * @param by who records it: the resident, or the grid worker who took it down
   * @param why any remark; empty when there is none
   * @return the order rated or reopened, or the refusal
   */
  public Transition rate(Rating rating, Actor by, String why) {
    Objects.requireNonNull(rating, "rating");
    return attempt(
        new WorkOrderEvent.Rated(id(), nextSequence(), rating.ratedAt(), by, why, rating));
  }

  /**
   * 销号: closes the order. Legal from RATED, and from RESOLVED when no rating came in time (a rule
   * outside the core decides when that is).
   *
   * @param by who closes it
   * @param at when
   * @param why any remark; empty when there is none
   * @return the order closed, or the refusal
   */
  public Transition close(Actor by, Instant at, String why) {
    return attempt(new WorkOrderEvent.Closed(id(), nextSequence(), at, by, why));
  }

  /**
   * 退单: the assignee returns the order as not theirs. Legal from DISPATCHED and ACCEPTED. The order
   * loses its assignee and deadlines and can be dispatched again.
   *
   * @param by who returns it
   * @param at when
   * @param why why the order is not theirs
   * @return the order returned, or the refusal
   */
  public Transition returnOrder(Actor by, Instant at, String why) {
    return attempt(new WorkOrderEvent.Returned(id(), nextSequence(), at, by, why));
  }

  /**
   * 上报: escalates the order one level up. Legal from every open status; refused at {@link
   * EscalationLevel#JOINT_MEETING}, the highest level.
   *
   * @param by who escalates: a person or an escalation rule
   * @param at when
   * @param why why
   * @return the order escalated, or the refusal
   */
  public Transition escalate(Actor by, Instant at, String why) {
    Optional<EscalationLevel> next = escalationLevel.next();
    if (next.isEmpty()) {
      return checkStatusAndTime(WorkOrderCommand.ESCALATE, at)
          .orElseGet(
              () ->
                  refuse(
                      WorkOrderCommand.ESCALATE,
                      Refusal.Reason.NOT_A_HIGHER_LEVEL,
                      refusal("refusal.atTheHighestLevel", id(), escalationLevel)));
    }
    return escalateTo(next.get(), by, at, why);
  }

  /**
   * 上报: escalates the order to a named higher level, skipping those between. Legal from every open
   * status; refused unless the level is above the order's: escalation never goes down.
   *
   * @param level the level to escalate to
   * @param by who escalates: a person or an escalation rule
   * @param at when
   * @param why why
   * @return the order escalated, or the refusal
   */
  public Transition escalateTo(EscalationLevel level, Actor by, Instant at, String why) {
    Objects.requireNonNull(level, "level");
    if (!level.isAbove(escalationLevel)) {
      return checkStatusAndTime(WorkOrderCommand.ESCALATE, at)
          .orElseGet(
              () ->
                  refuse(
                      WorkOrderCommand.ESCALATE,
                      Refusal.Reason.NOT_A_HIGHER_LEVEL,
                      refusal("refusal.notAHigherLevel", id(), level, escalationLevel)));
    }
    return attempt(
        new WorkOrderEvent.Escalated(id(), nextSequence(), at, by, why, escalationLevel, level));
  }

  /**
   * 督办: puts the order under supervision. Legal once, from every open status.
   *
   * @param by who supervises
   * @param at when
   * @param why why
   * @return the order supervised, or the refusal
   */
  public Transition supervise(Actor by, Instant at, String why) {
    return attempt(new WorkOrderEvent.Supervised(id(), nextSequence(), at, by, why));
  }

  /**
   * Suspends the order; it resumes in the status it has now. Legal from REPORTED, RETURNED,
   * DISPATCHED, ACCEPTED, IN_PROGRESS and REOPENED.
   *
   * @param by who suspends it
   * @param at when
   * @param why what it waits for
   * @return the order suspended, or the refusal
   */
  public Transition suspend(Actor by, Instant at, String why) {
    return attempt(new WorkOrderEvent.Suspended(id(), nextSequence(), at, by, why));
  }

  /**
   * Resumes a suspended order in the status it was suspended from. Legal from SUSPENDED.
   *
   * @param by who resumes it
   * @param at when
   * @param why any remark; empty when there is none
   * @return the order resumed, or the refusal
   */
  public Transition resume(Actor by, Instant at, String why) {
    return attempt(new WorkOrderEvent.Resumed(id(), nextSequence(), at, by, why));
  }

  /**
   * Cancels the order. Legal from every open status.
   *
   * @param reason the kind of reason
   * @param by who cancels it
   * @param at when
   * @param why the details, such as the order it duplicates
   * @return the order cancelled, or the refusal
   */
  public Transition cancel(CancellationReason reason, Actor by, Instant at, String why) {
    return attempt(new WorkOrderEvent.Cancelled(id(), nextSequence(), at, by, why, reason));
  }

  /**
   * 催办: reminds the assignee. Legal from DISPATCHED, ACCEPTED, IN_PROGRESS and REOPENED.
   *
   * @param by who reminds
   * @param at when
   * @param why any remark; empty when there is none
   * @return the order with the reminder counted, or the refusal
   */
  public Transition remind(Actor by, Instant at, String why) {
    return attempt(new WorkOrderEvent.Reminded(id(), nextSequence(), at, by, why));
  }

  // ---------------------------------------------------------------- checking and applying

  /**
   * Replaces the deadlines with ones counted again, such as after next year's official holidays
   * were loaded in place of provisional days; the event records the deadlines before and after and
   * why. Legal from DISPATCHED, ACCEPTED, IN_PROGRESS and REOPENED, where deadlines run.
   *
   * @param newDeadlines the deadlines from now on; not the order's current ones
   * @param by who revises them
   * @param at when
   * @param why why they change; not blank
   * @return the order with the new deadlines, or the refusal
   * @throws IllegalArgumentException if the deadlines do not change or no reason is given
   */
  public Transition reviseDeadlines(Deadlines newDeadlines, Actor by, Instant at, String why) {
    return attempt(
        new WorkOrderEvent.DeadlinesRevised(
            id(), nextSequence(), at, by, why, deadlines, newDeadlines));
  }

  /** Checks an event against this order and applies it, or refuses it. */
  Transition attempt(WorkOrderEvent event) {
    WorkOrderCommand command = commandOf(event);
    Optional<Transition> refused = checkStatusAndTime(command, event.at());
    if (refused.isPresent()) {
      return refused.get();
    }
    if (event instanceof WorkOrderEvent.Supervised && supervised) {
      return refuse(
          command, Refusal.Reason.ALREADY_SUPERVISED, refusal("refusal.alreadySupervised", id()));
    }
    if (event instanceof WorkOrderEvent.Escalated) {
      WorkOrderEvent.Escalated escalated = (WorkOrderEvent.Escalated) event;
      if (escalated.from() != escalationLevel) {
        throw ValueRefusedException.of(
            "refused.WorkOrder.eventOrderEscalatesFrom",
            event.sequence(),
            id(),
            escalated.from(),
            escalationLevel);
      }
    }
    if (event instanceof WorkOrderEvent.DeadlinesRevised
        && !((WorkOrderEvent.DeadlinesRevised) event).before().equals(deadlines)) {
      throw ValueRefusedException.of(
          "refused.WorkOrder.eventOrderRevisesDeadlines",
          event.sequence(),
          id(),
          ((WorkOrderEvent.DeadlinesRevised) event).before(),
          deadlines);
    }
    return new Transition.Applied(apply(event), event);
  }

  private Optional<Transition> checkStatusAndTime(WorkOrderCommand command, Instant at) {
    Objects.requireNonNull(at, "at");
    if (!command.isAllowedFrom(status)) {
      return Optional.of(
          refuse(
              command,
              Refusal.Reason.WRONG_STATUS,
              refusal(
                  "refusal.wrongStatus",
                  id(),
                  command.participle(),
                  command.verb(),
                  Message.of(Messages.CORE, "WorkOrderCommand." + command.name()),
                  Message.of(Messages.CORE, "WorkOrderStatus." + status.name()),
                  command.describeAllowedFrom(),
                  status)));
    }
    Instant last = lastEventAt();
    if (at.isBefore(last)) {
      return Optional.of(
          refuse(
              command,
              Refusal.Reason.BEFORE_LAST_EVENT,
              refusal(
                  "refusal.beforeLastEvent",
                  id(),
                  command.participle(),
                  Message.of(Messages.CORE, "WorkOrderCommand." + command.name()),
                  at,
                  last)));
    }
    return Optional.empty();
  }

  private Transition refuse(WorkOrderCommand command, Refusal.Reason reason, Message message) {
    return new Transition.Refused(this, new Refusal(id(), command, status, reason, message));
  }

  private static Message refusal(String key, Object... arguments) {
    return Message.of(Messages.CORE, key, arguments);
  }

  private static WorkOrderCommand commandOf(WorkOrderEvent event) {
    switch (event.type()) {
      case DISPATCHED:
        return WorkOrderCommand.DISPATCH;
      case ACCEPTED:
        return WorkOrderCommand.ACCEPT;
      case STARTED:
        return WorkOrderCommand.START;
      case RESOLVED:
        return WorkOrderCommand.RESOLVE;
      case RATED:
        return WorkOrderCommand.RATE;
      case CLOSED:
        return WorkOrderCommand.CLOSE;
      case RETURNED:
        return WorkOrderCommand.RETURN;
      case ESCALATED:
        return WorkOrderCommand.ESCALATE;
      case SUPERVISED:
        return WorkOrderCommand.SUPERVISE;
      case SUSPENDED:
        return WorkOrderCommand.SUSPEND;
      case RESUMED:
        return WorkOrderCommand.RESUME;
      case CANCELLED:
        return WorkOrderCommand.CANCEL;
      case REMINDED:
        return WorkOrderCommand.REMIND;
      case DEADLINES_REVISED:
        return WorkOrderCommand.REVISE_DEADLINES;
      case REPORTED:
      default:
        throw ValueRefusedException.of(
            "refused.WorkOrder.orderReportedOnceFirst", event.sequence(), event.order());
    }
  }

  /** The new order after an event that has been checked. */
  private WorkOrder apply(WorkOrderEvent event) {
    WorkOrderStatus newStatus = status;
    WorkOrderStatus newSuspendedFrom = suspendedFrom;
    ResponsibleSubject newAssignee = assignee;
    Deadlines newDeadlines = deadlines;
    EscalationLevel newLevel = escalationLevel;
    boolean newSupervised = supervised;
    int newReturns = returns;
    int newReopenings = reopenings;
    int newEscalations = escalations;
    int newReminders = reminders;
    List<Rating> newRatings = ratings;
    if (event instanceof WorkOrderEvent.Dispatched) {
      WorkOrderEvent.Dispatched dispatched = (WorkOrderEvent.Dispatched) event;
      newStatus = WorkOrderStatus.DISPATCHED;
      newAssignee = dispatched.assignee();
      newDeadlines = dispatched.deadlines();
      // the order is at least at the level of the subject that holds it: the street's order
      // escalates to the district, not to the community below the street
      EscalationLevel held = EscalationLevel.of(newAssignee.kind());
      if (held.isAbove(newLevel)) {
        newLevel = held;
      }
    } else if (event instanceof WorkOrderEvent.Accepted) {
      newStatus = WorkOrderStatus.ACCEPTED;
    } else if (event instanceof WorkOrderEvent.Started) {
      newStatus = WorkOrderStatus.IN_PROGRESS;
    } else if (event instanceof WorkOrderEvent.Resolved) {
      newStatus = WorkOrderStatus.RESOLVED;
    } else if (event instanceof WorkOrderEvent.Rated) {
      Rating rating = ((WorkOrderEvent.Rated) event).rating();
      newRatings = ratings.plus(rating);
      if (rating.closes()) {
        newStatus = WorkOrderStatus.RATED;
      } else {
        newStatus = WorkOrderStatus.REOPENED;
        newReopenings++;
      }
    } else if (event instanceof WorkOrderEvent.Closed) {
      newStatus = WorkOrderStatus.CLOSED;
    } else if (event instanceof WorkOrderEvent.Returned) {
      newStatus = WorkOrderStatus.RETURNED;
      newAssignee = null;
      newDeadlines = Deadlines.NONE;
      newReturns++;
    } else if (event instanceof WorkOrderEvent.Escalated) {
      newLevel = ((WorkOrderEvent.Escalated) event).to();
      newEscalations++;
    } else if (event instanceof WorkOrderEvent.Supervised) {
      newSupervised = true;
    } else if (event instanceof WorkOrderEvent.Suspended) {
      newSuspendedFrom = status;
      newStatus = WorkOrderStatus.SUSPENDED;
    } else if (event instanceof WorkOrderEvent.Resumed) {
      newStatus = suspendedFrom;
      newSuspendedFrom = null;
    } else if (event instanceof WorkOrderEvent.Cancelled) {
      newStatus = WorkOrderStatus.CANCELLED;
      newSuspendedFrom = null;
    } else if (event instanceof WorkOrderEvent.Reminded) {
      newReminders++;
    } else if (event instanceof WorkOrderEvent.DeadlinesRevised) {
      newDeadlines = ((WorkOrderEvent.DeadlinesRevised) event).after();
    } else {
      throw ValueRefusedException.of("refused.WorkOrder.cannotApplyExistingOrder", event.type());
    }
    List<WorkOrderEvent> newHistory = history.plus(event);
    return new WorkOrder(
        report,
        newStatus,
        newSuspendedFrom,
        newAssignee,
        newDeadlines,
        newLevel,
        newSupervised,
        newReturns,
        newReopenings,
        newEscalations,
        newReminders,
        newRatings,
        newHistory);
  }

  private int nextSequence() {
    return history.size() + 1;
  }

  // ---------------------------------------------------------------- state

  /**
   * The order's id.
   *
   * @return the id
   */
  public WorkOrderId id() {
    return report.id();
  }

  /**
   * The facts reported, which do not change.
   *
   * @return the report
   */
  public Report report() {
    return report;
  }

  /**
   * The list item the order was made from.
   *
   * @return the origin
   */
  public Origin origin() {
    return report.origin();
  }

  /**
   * The category.
   *
   * @return the category
   */
  public Category category() {
    return report.category();
  }

  /**
   * Power, autonomy or assistance matter.
   *
   * @return the matter kind
   */
  public MatterKind matterKind() {
    return report.matterKind();
  }

  /**
   * How urgent.
   *
   * @return the urgency
   */
  public Urgency urgency() {
    return report.urgency();
  }

  /**
   * How the matter reached the lists.
   *
   * @return the channel
   */
  public Channel channel() {
    return report.channel();
  }

  /**
   * The grid where the matter is.
   *
   * @return the grid code, which knows its community and street
   */
  public GridCode grid() {
    return report.grid();
  }

  /**
   * The compound where the matter is.
   *
   * @return the compound, or empty
   */
  public Optional<CompoundId> compound() {
    return report.compound();
  }

  /**
   * What the matter is.
   *
   * @return the summary
   */
  public String summary() {
    return report.summary();
  }

  /**
   * When the order was reported: the time of its first event.
   *
   * @return the instant
   */
  public Instant reportedAt() {
    return history.get(0).at();
  }

  /**
   * The time of the order's last event; a command may not happen before it.
   *
   * @return the instant
   */
  public Instant lastEventAt() {
    return history.get(history.size() - 1).at();
  }

  /**
   * Where the order stands.
   *
   * @return the status
   */
  public WorkOrderStatus status() {
    return status;
  }

  /**
   * The status a suspended order will resume in.
   *
   * @return that status while SUSPENDED, otherwise empty
   */
  public Optional<WorkOrderStatus> suspendedFrom() {
    return Optional.ofNullable(suspendedFrom);
  }

  /**
   * Whom the order is dispatched to.
   *
   * @return the responsible subject; empty before dispatch and after a return
   */
  public Optional<ResponsibleSubject> assignee() {
    return Optional.ofNullable(assignee);
  }

  /**
   * The deadlines set at the last dispatch.
   *
   * @return the deadlines; {@link Deadlines#NONE} before dispatch and after a return
   */
  public Deadlines deadlines() {
    return deadlines;
  }

  /**
   * How far up the order has been escalated.
   *
   * @return the level, {@link EscalationLevel#GRID} at first; it never decreases
   */
  public EscalationLevel escalationLevel() {
    return escalationLevel;
  }

  /**
   * Whether the order has been put under supervision (督办); it stays so once it has.
   *
   * @return true if supervised
   */
  public boolean isSupervised() {
    return supervised;
  }

  /**
   * How many times the order was returned (退单).
   *
   * @return the count
   */
  public int returns() {
    return returns;
  }

  /**
   * How many times the order was reopened by an unsatisfied rating.
   *
   * @return the count
   */
  public int reopenings() {
    return reopenings;
  }

  /**
   * How many times the order was escalated.
   *
   * @return the count
   */
  public int escalations() {
    return escalations;
  }

  /**
   * How many times the assignee was reminded (催办).
   *
   * @return the count
   */
  public int reminders() {
    return reminders;
  }

  /**
   * The ratings given, oldest first; more than one when the order was reopened.
   *
   * @return an unmodifiable list
   */
  public List<Rating> ratings() {
    return ratings;
  }

  /**
   * Every event, oldest first; the first is {@link WorkOrderEvent.Reported}.
   *
   * @return an unmodifiable list, never empty
   */
  public List<WorkOrderEvent> history() {
    return history;
  }

  /**
   * When the order was last resolved.
   *
   * @return the time of the last {@link WorkOrderEvent.Resolved} event, or empty
   */
  public Optional<Instant> resolvedAt() {
    for (int i = history.size() - 1; i >= 0; i--) {
      if (history.get(i) instanceof WorkOrderEvent.Resolved) {
        return Optional.of(history.get(i).at());
      }
    }
    return Optional.empty();
  }

  /**
   * The order as it stood at an instant: its history replayed up to and including that instant.
   *
   * @param instant the instant
   * @return the order then, or empty if it had not been reported yet
   */
  public Optional<WorkOrder> asOf(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    int n = 0;
    while (n < history.size() && !history.get(n).at().isAfter(instant)) {
      n++;
    }
    if (n == history.size()) {
      return Optional.of(this);
    }
    return n == 0 ? Optional.empty() : Optional.of(WorkOrders.replay(history.subList(0, n)));
  }

  /**
   * This order's contribution to the KPI counts, as it stands. A cancelled order contributes
   * nothing; every other order is due. See {@link KpiCounts} for what each count means.
   *
   * @return the counts of this one order
   */
  public KpiCounts kpiCounts() {
    KpiCounts counted = kpiCounts;
    if (counted == null) {
      counted = countKpis();
      kpiCounts = counted;
    }
    return counted;
  }

  private KpiCounts countKpis() {
    if (status == WorkOrderStatus.CANCELLED) {
      return KpiCounts.ZERO;
    }
    boolean closed = status == WorkOrderStatus.CLOSED;
    boolean onTime = closed && resolvedAt().map(deadlines::resolvedOnTime).orElse(false);
    int satisfied = 0;
    int basicallySatisfied = 0;
    for (Rating rating : ratings) {
      if (rating.satisfaction() == Satisfaction.SATISFIED) {
        satisfied++;
      } else if (rating.satisfaction() == Satisfaction.BASICALLY_SATISFIED) {
        basicallySatisfied++;
      }
    }
    int responses = 0;
    Duration total = Duration.ZERO;
    Instant dispatchedAt = null;
    for (WorkOrderEvent event : history) {
      if (event instanceof WorkOrderEvent.Dispatched) {
        dispatchedAt = event.at();
      } else if (event instanceof WorkOrderEvent.Accepted && dispatchedAt != null) {
        responses++;
        total = total.plus(Duration.between(dispatchedAt, event.at()));
        dispatchedAt = null;
      }
    }
    return new KpiCounts(
        1,
        status == WorkOrderStatus.SUSPENDED ? 1 : 0,
        closed ? 1 : 0,
        onTime ? 1 : 0,
        ratings.size(),
        satisfied,
        basicallySatisfied,
        closed && (returns > 0 || reopenings > 0) ? 1 : 0,
        responses,
        total);
  }

  // ---------------------------------------------------------------- value semantics

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof WorkOrder)) {
      return false;
    }
    WorkOrder other = (WorkOrder) o;
    return supervised == other.supervised
        && returns == other.returns
        && reopenings == other.reopenings
        && escalations == other.escalations
        && reminders == other.reminders
        && status == other.status
        && suspendedFrom == other.suspendedFrom
        && escalationLevel == other.escalationLevel
        && report.equals(other.report)
        && Objects.equals(assignee, other.assignee)
        && deadlines.equals(other.deadlines)
        && ratings.equals(other.ratings)
        && history.equals(other.history);
  }

  @Override
  public int hashCode() {
    return Objects.hash(report.id(), status, history.size(), lastEventAt());
  }

  @Override
  public String toString() {
    return "WorkOrder["
        + id()
        + " "
        + status
        + " at "
        + escalationLevel
        + (supervised ? ", supervised" : "")
        + (assignee == null ? "" : ", assigned to " + assignee)
        + ", "
        + history.size()
        + " events]";
  }
}
