package org.gridgov.rules.decision;

/** Why a grid is weak (薄弱网格). */
public enum WeakGridReason {
  /** Its score is below the threshold of the weak-grid table. */
  SCORE_BELOW_THRESHOLD,
  /** It is in the district's bottom decile this quarter and the quarter before. */
  BOTTOM_DECILE_TWO_QUARTERS_RUNNING
}
