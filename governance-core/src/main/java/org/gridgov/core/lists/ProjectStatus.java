package org.gridgov.core.lists;

/** Where a governance project stands: PROPOSED → AGREED → DISPATCHED → DONE. */
public enum ProjectStatus {
  /** Proposed from demands, not yet agreed. */
  PROPOSED,
  /** Agreed at a joint meeting or consultation meeting. */
  AGREED,
  /** Dispatched (派单) as work orders to the responsible subjects. */
  DISPATCHED,
  /** Done and closed. */
  DONE;

  /**
   * The status that follows this one.
   *
   * @return the next status, or {@link #DONE} for {@link #DONE}
   */
  public ProjectStatus next() {
    return this == DONE ? DONE : values()[ordinal() + 1];
  }
}
