package org.gridgov.rules.decision;

import java.util.Objects;
import org.gridgov.core.cycle.Track;
import org.gridgov.core.lists.DemandId;

/**
 * Which track a demand of the demand list takes: settled at once in the grid (小事不出网格), or the
 * project list and the quarterly joint meeting.
 *
 * @param demand the demand
 * @param track its track
 * @param priority the priority of its row; of the decisions on one demand the highest wins (ties:
 *     the rule name that sorts first)
 * @param rule the rule (table row) that decided
 */
public record TrackDecision(DemandId demand, Track track, int priority, String rule)
    implements Decision {

  /** Checks the fields. */
  public TrackDecision {
    Objects.requireNonNull(demand, "a track decision names its demand");
    Objects.requireNonNull(track, "the track decision on " + demand + " names the track");
    Objects.requireNonNull(rule, "the track decision on " + demand + " names its rule");
  }
}
