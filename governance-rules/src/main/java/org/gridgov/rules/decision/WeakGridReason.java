package org.gridgov.rules.decision;

/** Why a grid is weak (薄弱网格). */
public enum WeakGridReason {
  /** Its score is below the threshold of the weak-grid table. */
  SCORE_BELOW_THRESHOLD,
  /** Its score fell since the quarter before by at least the table's points, to below its mark. */
  FALLING_SCORE,
  /** It is in the district's bottom decile this quarter and the quarter before. */
  BOTTOM_DECILE_TWO_QUARTERS_RUNNING
}
