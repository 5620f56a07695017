package org.gridgov.core.cycle;

/** What a joint meeting decides on a project of its agenda. */
public enum MeetingOutcome {
  /** Agreed: the project is dispatched and its resources are used this quarter. */
  AGREED(ItemState.AGREED),
  /** Deferred to the next quarter's meeting, such as when the meeting is full. */
  DEFERRED(ItemState.ON_AGENDA),
  /** Referred up to the street or district, which the community cannot resource. */
  REFERRED_UP(ItemState.REFERRED_UP),
  /** Rejected, with a reason; the project's items are cancelled. */
  REJECTED(ItemState.REJECTED);

  private final ItemState state;

  MeetingOutcome(ItemState state) {
    this.state = state;
  }

  /**
   * The state the project's items move to.
   *
   * @return the state
   */
  public ItemState state() {
    return state;
  }
}
