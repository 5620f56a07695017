package org.gridgov.rules.decision;

import java.util.Objects;
import org.gridgov.core.territory.CommunityKind;

/**
 * How many projects a joint meeting can agree in a quarter: a community's grid joint meeting, or a
 * village's village-level joint meeting.
 *
 * @param kind community or village (other village-level units meet as communities)
 * @param projects 0 or more
 * @param rule the rule (table row) that decided
 */
public record MeetingCapacity(CommunityKind kind, int projects, String rule) implements Decision {

  /** Checks the fields. */
  public MeetingCapacity {
    Objects.requireNonNull(kind, "a meeting capacity names the kind of community");
    if (projects < 0) {
      throw new IllegalArgumentException(
          "a " + kind + " meeting agrees 0 projects or more, got " + projects);
    }
    Objects.requireNonNull(rule, "the meeting capacity of " + kind + " names its rule");
  }
}
