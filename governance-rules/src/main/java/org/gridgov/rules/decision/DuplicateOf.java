package org.gridgov.rules.decision;

import java.util.Objects;

/**
 * A report that repeats an earlier one (same compound, same category, within the window): it is to
 * be merged into the earlier order, and cancelled as a duplicate.
 *
 * @param duplicateId the later order
 * @param originalId the earliest order it repeats
 * @param rule the rule that found it
 */
public record DuplicateOf(String duplicateId, String originalId, String rule) implements Decision {

  /** Checks the fields. */
  public DuplicateOf {
    Objects.requireNonNull(duplicateId, "duplicateId");
    Objects.requireNonNull(originalId, "originalId");
    Objects.requireNonNull(rule, "rule");
  }
}
