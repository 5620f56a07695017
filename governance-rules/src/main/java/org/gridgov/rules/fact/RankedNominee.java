package org.gridgov.rules.fact;

import java.util.Objects;

/**
 * A nomination for grid service star ranked within its community and quarter, for the table that
 * caps the stars of a community.
 *
 * @param candidate the person nominated, with what they did
 * @param points the nomination's points
 * @param nominatedBy the rule that nominated
 * @param communityGrids how many grids the community has
 * @param rank its place among the community's nominations of the quarter, from 1: more points
 *     first, then more on-time orders, then the smaller person id
 */
public record RankedNominee(
    StarCandidate candidate, int points, String nominatedBy, int communityGrids, int rank) {

  /** Checks the fields. */
  public RankedNominee {
    Objects.requireNonNull(candidate, "a ranked nominee has a candidate");
    Objects.requireNonNull(nominatedBy, "a ranked nominee names the rule that nominated");
    if (communityGrids < 1 || rank < 1 || points < 0) {
      throw new IllegalArgumentException(
          "a ranked nominee's community has a grid or more, ranks start at 1 and points at 0, got "
              + communityGrids
              + " grids, rank "
              + rank
              + " and "
              + points
              + " points");
    }
  }
}
