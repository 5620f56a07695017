package org.gridgov.core.workorder;

import java.time.Instant;
import java.util.Objects;
import org.gridgov.core.common.PersonalDataMask;
import org.gridgov.core.common.ValueRefusedException;
import org.gridgov.core.evaluation.Rating;

/**
 * Something that happened to a work order. The events of an order, in sequence, are its full
 * history: {@link WorkOrders#replay(java.util.List)} rebuilds the order from them.
 *
 * <p>Every event carries the order's id, its sequence number within the order (1 for {@link
 * Reported}, then one more for each event), when it happened, who made it happen and why; each kind
 * adds what it needs. Events are plain records named by a {@link #type()}, so that a journal can
 * write them as JSON objects with a type field and read them back without any polymorphic magic.
 *
 * <p>The reason is in the actor's words and may carry a resident's phone or ID number: each event's
 * {@code toString()} masks them ({@link PersonalDataMask#describe(Record)}); {@link #reason()}
 * gives the words as written.
 */
public sealed interface WorkOrderEvent
    permits WorkOrderEvent.Reported,
        WorkOrderEvent.Dispatched,
        WorkOrderEvent.Accepted,
        WorkOrderEvent.Started,
        WorkOrderEvent.Resolved,
        WorkOrderEvent.Rated,
        WorkOrderEvent.Closed,
        WorkOrderEvent.Returned,
        WorkOrderEvent.Escalated,
        WorkOrderEvent.Supervised,
        WorkOrderEvent.Suspended,
        WorkOrderEvent.Resumed,
        WorkOrderEvent.Cancelled,
        WorkOrderEvent.Reminded,
        WorkOrderEvent.DeadlinesRevised {

  /**
   * The order this event happened to.
   *
   * @return the order's id
   */
  WorkOrderId order();

  /**
   * The event's place in the order's history.
   *
   * @return 1 for the first event, one more for each next
   */
  int sequence();

  /**
   * When it happened.
   *
   * @return the instant; never before the previous event's
   */
  Instant at();

  /**
   * Who made it happen.
   *
   * @return the actor
   */
  Actor actor();

  /**
   * Why, in the actor's words.
   *
   * @return the reason; empty when none was given, never null
   */
  String reason();

  /**
   * The kind of event.
   *
   * @return its type
   */
  Type type();

  /** The kinds of event, one per record type. */
  enum Type {
    /** {@link Reported}. */
    REPORTED,
    /** {@link Dispatched}. */
    DISPATCHED,
    /** {@link Accepted}. */
    ACCEPTED,
    /** {@link Started}. */
    STARTED,
    /** {@link Resolved}. */
    RESOLVED,
    /** {@link Rated}. */
    RATED,
    /** {@link Closed}. */
    CLOSED,
    /** {@link Returned}. */
    RETURNED,
    /** {@link Escalated}. */
    ESCALATED,
    /** {@link Supervised}. */
    SUPERVISED,
    /** {@link Suspended}. */
    SUSPENDED,
    /** {@link Resumed}. */
    RESUMED,
    /** {@link Cancelled}. */
    CANCELLED,
    /** {@link Reminded}. */
    REMINDED,
    /** {@link DeadlinesRevised}. */
    DEADLINES_REVISED
  }

  /**
   * The order was reported (it is created by this event, always the first).
   *
   * @param order the order's id
   * @param sequence the event's place in the order's history, from 1
   * @param at when it happened
   * @param actor who made it happen
   * @param reason why; empty when none was given
   * @param report the facts of the matter; its id is the order's
   */
  record Reported(
      WorkOrderId order, int sequence, Instant at, Actor actor, String reason, Report report)
      implements WorkOrderEvent {

    /** Checks the components. */
    public Reported {
      EventChecks.common(order, sequence, at, actor, reason);
      EventChecks.firstEvent(order, sequence, report);
    }

    @Override
    public Type type() {
      return Type.REPORTED;
    }

    @Override
    public String toString() {
      return PersonalDataMask.describe(this);
    }
  }

  /**
   * 派单: the order was dispatched to a responsible subject.
   *
   * @param order the order's id
   * @param sequence the event's place in the order's history, from 1
   * @param at when it happened
   * @param actor who made it happen
   * @param reason why; empty when none was given
   * @param assignee whom it was dispatched to
   * @param deadlines the deadlines set at dispatch, maybe none
   */
  record Dispatched(
      WorkOrderId order,
      int sequence,
      Instant at,
      Actor actor,
      String reason,
      ResponsibleSubject assignee,
      Deadlines deadlines)
      implements WorkOrderEvent {

    /** Checks the components. */
    public Dispatched {
      EventChecks.common(order, sequence, at, actor, reason);
      Objects.requireNonNull(assignee, "a dispatch needs an assignee");
      Objects.requireNonNull(deadlines, "a dispatch needs its deadlines, maybe Deadlines.NONE");
    }

    @Override
    public Type type() {
      return Type.DISPATCHED;
    }

    @Override
    public String toString() {
      return PersonalDataMask.describe(this);
    }
  }

  /**
   * 接单: the assignee accepted the order.
   *
   * @param order the order's id
   * @param sequence the event's place in the order's history, from 1
   * @param at when it happened
   * @param actor who made it happen
   * @param reason why; empty when none was given
   */
  record Accepted(WorkOrderId order, int sequence, Instant at, Actor actor, String reason)
      implements WorkOrderEvent {

    /** Checks the components. */
    public Accepted {
      EventChecks.common(order, sequence, at, actor, reason);
    }

    @Override
    public Type type() {
      return Type.ACCEPTED;
    }

    @Override
    public String toString() {
      return PersonalDataMask.describe(this);
    }
  }

  /**
   * Work on the order started, or started again after it was reopened.
   *
   * @param order the order's id
   * @param sequence the event's place in the order's history, from 1
   * @param at when it happened
   * @param actor who made it happen
   * @param reason why; empty when none was given
   */
  record Started(WorkOrderId order, int sequence, Instant at, Actor actor, String reason)
      implements WorkOrderEvent {

    /** Checks the components. */
    public Started {
      EventChecks.common(order, sequence, at, actor, reason);
    }

    @Override
    public Type type() {
      return Type.STARTED;
    }

    @Override
    public String toString() {
      return PersonalDataMask.describe(this);
    }
  }

  /**
   * The assignee reported the matter resolved.
   *
   * @param order the order's id
   * @param sequence the event's place in the order's history, from 1
   * @param at when it happened
   * @param actor who made it happen
   * @param reason why; empty when none was given
   */
  record Resolved(WorkOrderId order, int sequence, Instant at, Actor actor, String reason)
      implements WorkOrderEvent {

    /** Checks the components. */
    public Resolved {
      EventChecks.common(order, sequence, at, actor, reason);
    }

    @Override
    public Type type() {
      return Type.RESOLVED;
    }

    @Override
    public String toString() {
      return PersonalDataMask.describe(this);
    }
  }

  /**
   * 评单: a resident rated the resolution; an unsatisfied rating reopened the order.
   *
   * @param order the order's id
   * @param sequence the event's place in the order's history, from 1
   * @param at when it happened
   * @param actor who made it happen
   * @param reason why; empty when none was given
   * @param rating the rating; its time is the event's time
   */
  record Rated(
      WorkOrderId order, int sequence, Instant at, Actor actor, String reason, Rating rating)
      implements WorkOrderEvent {

    /** Checks the components. */
    public Rated {
      EventChecks.common(order, sequence, at, actor, reason);
      Objects.requireNonNull(rating, "a rating event needs the rating");
      EventChecks.sameTime(at, rating);
    }

    @Override
    public Type type() {
      return Type.RATED;
    }

    @Override
    public String toString() {
      return PersonalDataMask.describe(this);
    }
  }

  /**
   * 销号: the order was closed.
   *
   * @param order the order's id
   * @param sequence the event's place in the order's history, from 1
   * @param at when it happened
   * @param actor who made it happen
   * @param reason why; empty when none was given
   */
  record Closed(WorkOrderId order, int sequence, Instant at, Actor actor, String reason)
      implements WorkOrderEvent {

    /** Checks the components. */
    public Closed {
      EventChecks.common(order, sequence, at, actor, reason);
    }

    @Override
    public Type type() {
      return Type.CLOSED;
    }

    @Override
    public String toString() {
      return PersonalDataMask.describe(this);
    }
  }

  /**
   * 退单: the assignee returned the order as not theirs; the order lost its assignee and deadlines.
   *
   * @param order the order's id
   * @param sequence the event's place in the order's history, from 1
   * @param at when it happened
   * @param actor who made it happen
   * @param reason why; empty when none was given
   */
  record Returned(WorkOrderId order, int sequence, Instant at, Actor actor, String reason)
      implements WorkOrderEvent {

    /** Checks the components. */
    public Returned {
      EventChecks.common(order, sequence, at, actor, reason);
    }

    @Override
    public Type type() {
      return Type.RETURNED;
    }

    @Override
    public String toString() {
      return PersonalDataMask.describe(this);
    }
  }

  /**
   * 上报: the order was raised to a higher level.
   *
   * @param order the order's id
   * @param sequence the event's place in the order's history, from 1
   * @param at when it happened
   * @param actor who made it happen
   * @param reason why; empty when none was given
   * @param from the level before
   * @param to the level after, higher than {@code from}
   */
  record Escalated(
      WorkOrderId order,
      int sequence,
      Instant at,
      Actor actor,
      String reason,
      EscalationLevel from,
      EscalationLevel to)
      implements WorkOrderEvent {

    /** Checks the components. */
    public Escalated {
      EventChecks.common(order, sequence, at, actor, reason);
      EventChecks.upwards(from, to);
    }

    @Override
    public Type type() {
      return Type.ESCALATED;
    }

    @Override
    public String toString() {
      return PersonalDataMask.describe(this);
    }
  }

  /**
   * 督办: the order was put under supervision.
   *
   * @param order the order's id
   * @param sequence the event's place in the order's history, from 1
   * @param at when it happened
   * @param actor who made it happen
   * @param reason why; empty when none was given
   */
  record Supervised(WorkOrderId order, int sequence, Instant at, Actor actor, String reason)
      implements WorkOrderEvent {

    /** Checks the components. */
    public Supervised {
      EventChecks.common(order, sequence, at, actor, reason);
    }

    @Override
    public Type type() {
      return Type.SUPERVISED;
    }

    @Override
    public String toString() {
      return PersonalDataMask.describe(this);
    }
  }

  /**
   * The order was suspended; it will resume in the status it had.
   *
   * @param order the order's id
   * @param sequence the event's place in the order's history, from 1
   * @param at when it happened
   * @param actor who made it happen
   * @param reason why; empty when none was given
   */
  record Suspended(WorkOrderId order, int sequence, Instant at, Actor actor, String reason)
      implements WorkOrderEvent {

    /** Checks the components. */
    public Suspended {
      EventChecks.common(order, sequence, at, actor, reason);
    }

    @Override
    public Type type() {
      return Type.SUSPENDED;
    }

    @Override
    public String toString() {
      return PersonalDataMask.describe(this);
    }
  }

  /**
   * The order was resumed in the status it was suspended from.
   *
   * @param order the order's id
   * @param sequence the event's place in the order's history, from 1
   * @param at when it happened
   * @param actor who made it happen
   * @param reason why; empty when none was given
   */
  record Resumed(WorkOrderId order, int sequence, Instant at, Actor actor, String reason)
      implements WorkOrderEvent {

    /** Checks the components. */
    public Resumed {
      EventChecks.common(order, sequence, at, actor, reason);
    }

    @Override
    public Type type() {
      return Type.RESUMED;
    }

    @Override
    public String toString() {
      return PersonalDataMask.describe(this);
    }
  }

  /**
   * The order was cancelled.
   *
   * @param order the order's id
   * @param sequence the event's place in the order's history, from 1
   * @param at when it happened
   * @param actor who made it happen
   * @param reason why; empty when none was given
   * @param cancellation the kind of reason; the event's reason gives the details
   */
  record Cancelled(
      WorkOrderId order,
      int sequence,
      Instant at,
      Actor actor,
      String reason,
      CancellationReason cancellation)
      implements WorkOrderEvent {

    /** Checks the components. */
    public Cancelled {
      EventChecks.common(order, sequence, at, actor, reason);
      Objects.requireNonNull(cancellation, "a cancellation needs its kind of reason");
    }

    @Override
    public Type type() {
      return Type.CANCELLED;
    }

    @Override
    public String toString() {
      return PersonalDataMask.describe(this);
    }
  }

  /**
   * 催办: the assignee was reminded to get on with the order.
   *
   * @param order the order's id
   * @param sequence the event's place in the order's history, from 1
   * @param at when it happened
   * @param actor who made it happen
   * @param reason why; empty when none was given
   */
  record Reminded(WorkOrderId order, int sequence, Instant at, Actor actor, String reason)
      implements WorkOrderEvent {

    /** Checks the components. */
    public Reminded {
      EventChecks.common(order, sequence, at, actor, reason);
    }

    @Override
    public Type type() {
      return Type.REMINDED;
    }

    @Override
    public String toString() {
      return PersonalDataMask.describe(this);
    }
  }

  /**
   * The order's deadlines were counted again and replaced, as when the days they crossed were
   * provisional and next year's official schedule has been loaded since.
   *
   * @param order the order's id
   * @param sequence the event's place in the order's history, from 1
   * @param at when it happened
   * @param actor who made it happen
   * @param reason why the deadlines changed; never blank
   * @param before the deadlines the order carried
   * @param after the deadlines it carries from now on; not the same as {@code before}
   */
  record DeadlinesRevised(
      WorkOrderId order,
      int sequence,
      Instant at,
      Actor actor,
      String reason,
      Deadlines before,
      Deadlines after)
      implements WorkOrderEvent {

    /** Checks the components, that a reason is given and that the deadlines change. */
    public DeadlinesRevised {
      EventChecks.common(order, sequence, at, actor, reason);
      if (reason.isBlank()) {
        throw ValueRefusedException.of(
            "refused.WorkOrderEvent.revisingDeadlinesNeedsReason", order);
      }
      Objects.requireNonNull(before, "a revision of deadlines needs the deadlines before");
      Objects.requireNonNull(after, "a revision of deadlines needs the deadlines after");
      if (before.equals(after)) {
        throw ValueRefusedException.of(
            "refused.WorkOrderEvent.revisionChangesDeadlinesTwice", order, before);
      }
    }

    @Override
    public Type type() {
      return Type.DEADLINES_REVISED;
    }

    @Override
    public String toString() {
      return PersonalDataMask.describe(this);
    }
  }
}
