package org.gridgov.rules.decision;

import java.util.Objects;

/**
 * A helper who could take a hardship-relief or volunteer request: nearness first (1 = same grid, 2
 * = same community), then the lowest load, then the person id decide among matches.
 *
 * @param orderId the order
 * @param personId the helper
 * @param nearness 1 for the same grid, 2 for elsewhere in the community
 * @param load the helper's open orders
 * @param rule the rule that matched
 */
public record HelperMatch(String orderId, String personId, int nearness, int load, String rule)
    implements Decision {

  /** Checks the fields. */
  public HelperMatch {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(rule, "rule");
  }
}
