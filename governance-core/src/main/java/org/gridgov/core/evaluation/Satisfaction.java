package org.gridgov.core.evaluation;

/** A resident's verdict on how a matter was handled (评价). */
public enum Satisfaction {
  /** 满意: satisfied. */
  SATISFIED,
  /** 基本满意: basically satisfied; counts as satisfied in the satisfaction rate. */
  BASICALLY_SATISFIED,
  /** 不满意: unsatisfied; the order is reopened rather than closed. */
  UNSATISFIED;

  /**
   * Whether this verdict counts towards the satisfaction rate and lets the order be closed.
   *
   * @return true for {@link #SATISFIED} and {@link #BASICALLY_SATISFIED}
   */
  public boolean isSatisfied() {
    return this != UNSATISFIED;
  }
}
