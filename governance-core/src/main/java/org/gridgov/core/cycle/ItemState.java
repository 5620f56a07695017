package org.gridgov.core.cycle;

/**
 * Where an item of the demand list is in the cycle (对账销号). An item in a project is where its
 * project is.
 *
 * <p>At a quarter end every item waiting for a meeting ({@link #FORMED}, {@link #ON_AGENDA} after a
 * deferral, {@link #RETURNED}, {@link #RATED}) becomes {@link #CARRIED_OVER}, so the quarter-end
 * states are carried over, agreed, dispatched, taken, resolved, closed, referred up, rejected and
 * withdrawn.
 */
public enum ItemState {
  /** On the demand list, not yet before a meeting. */
  FORMED(Standing.OPEN),
  /** On the agenda of a joint meeting; deferred items stay here until the quarter ends. */
  ON_AGENDA(Standing.OPEN),
  /** Agreed by the joint meeting, not yet dispatched. */
  AGREED(Standing.OPEN),
  /** Dispatched (派单) to a responsible subject; for a small matter, today's work order. */
  DISPATCHED(Standing.OPEN),
  /** Taken (接单) by the responsible subject. */
  TAKEN(Standing.OPEN),
  /** Returned (退单) by the subject with a reason, back to the next meeting. */
  RETURNED(Standing.OPEN),
  /** Resolved by the subject, waiting for the residents' rating. */
  RESOLVED(Standing.RESOLVED),
  /** Rated not satisfied by residents, back to the next meeting. */
  RATED(Standing.OPEN),
  /** Rated satisfied, reconciled and closed (销号). */
  CLOSED(Standing.RESOLVED),
  /** Carried over from a quarter end to the next quarter's meeting. */
  CARRIED_OVER(Standing.OPEN),
  /** Referred up to the street or district, which the community could not resource. */
  REFERRED_UP(Standing.OPEN),
  /** Rejected by the joint meeting with a reason. */
  REJECTED(Standing.CANCELLED),
  /**
   * Withdrawn (撤销): a small matter whose work order was cancelled before it was settled, as a
   * repeat of another report, withdrawn by the resident or found not to be a matter for the list.
   */
  WITHDRAWN(Standing.CANCELLED);

  private final Standing standing;

  ItemState(Standing standing) {
    this.standing = standing;
  }

  /**
   * Whether an item in this state is open, resolved or cancelled.
   *
   * @return its standing
   */
  public Standing standing() {
    return standing;
  }

  /**
   * Whether an item in this state waits for the next joint meeting: formed, deferred on an agenda,
   * returned, rated not satisfied, or carried over.
   *
   * @return true if the next meeting takes it up
   */
  public boolean waitsForMeeting() {
    return this == FORMED
        || this == ON_AGENDA
        || this == RETURNED
        || this == RATED
        || this == CARRIED_OVER;
  }
}
