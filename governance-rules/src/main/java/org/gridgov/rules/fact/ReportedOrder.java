package org.gridgov.rules.fact;

import java.util.Objects;

/**
 * An order as the duplicate rules see it: where, what, and when it was reported.
 *
 * @param orderId the order's id
 * @param compound the compound's id, or empty text when the order names no compound
 * @param categoryCode the order's category code
 * @param reportedEpochSecond when it was reported, in seconds since 1970
 */
public record ReportedOrder(
    String orderId, String compound, String categoryCode, long reportedEpochSecond) {

  /** Checks that nothing is missing. */
  public ReportedOrder {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(compound, "compound");
    Objects.requireNonNull(categoryCode, "categoryCode");
  }
}
