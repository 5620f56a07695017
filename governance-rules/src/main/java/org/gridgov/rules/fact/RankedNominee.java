package org.gridgov.rules.fact;

import java.util.Objects;
import org.gridgov.rules.decision.StarNomination;

/**
 * A nomination for grid service star ranked within its community and quarter, for the table that
 * caps the stars of a community.
 *
 * @param nomination the nomination
 * @param communityGrids how many grids the community has
 * @param rank its place among the community's nominations of the quarter, from 1: more points
 *     first, then more on-time orders, then the smaller person id
 */
public record RankedNominee(StarNomination nomination, int communityGrids, int rank) {

  /** Checks the fields. */
  public RankedNominee {
    Objects.requireNonNull(nomination, "a ranked nominee has a nomination");
    if (communityGrids < 1 || rank < 1) {
      throw new IllegalArgumentException(
          "a ranked nominee's community has a grid or more and ranks start at 1, got "
              + communityGrids
              + " grids and rank "
              + rank);
    }
  }
}
