package org.gridgov.rules.decision;

/** What demands of one project kind share to be grouped into one project. */
public enum GroupBy {
  /** The compound (小区): demands of one compound and kind make one project. */
  COMPOUND,
  /** The grid: demands of one grid and kind make one project. */
  GRID
}
