package org.gridgov.rules.fact;

/** On what a grid is judged in a quarter, as the minimum-volume table decides. */
public enum JudgementBasis {
  /** On the orders due in the quarter alone: there are enough of them. */
  QUARTER,
  /** On the orders due in the quarter and the quarter before, pooled. */
  TWO_QUARTERS,
  /** Not on its own: its due orders are judged with its community's. */
  COMMUNITY,
  /** Not at all: too few orders were due to judge it. */
  NOT_ENOUGH;

  /**
   * Whether a grid judged on this basis gets a score of its own and may be found weak.
   *
   * @return true for {@link #QUARTER} and {@link #TWO_QUARTERS}
   */
  public boolean judgesTheGrid() {
    return this == QUARTER || this == TWO_QUARTERS;
  }
}
