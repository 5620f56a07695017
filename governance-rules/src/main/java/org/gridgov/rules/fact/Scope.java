package org.gridgov.rules.fact;

/** How far an issue reaches, which decides the level that can settle it. */
public enum Scope {
  /** Within the grid where it was raised. */
  WITHIN_GRID,
  /** Across grids of one community: the community settles it. */
  ACROSS_GRIDS,
  /** Across communities: the street settles it. */
  ACROSS_COMMUNITIES
}
