package org.gridgov.rules.fact;

import java.util.Objects;
import org.gridgov.core.cycle.ProjectKind;
import org.gridgov.core.lists.DemandId;
import org.gridgov.core.lists.Urgency;

/**
 * A demand of the demand list as the track rules see it: does it need several subjects, money or
 * outside resources, or can the grid settle it at once?
 *
 * @param demand the demand
 * @param kind the kind of project it would make
 * @param urgency how urgent it is
 * @param subjectsNeeded how many responsible subjects must act together, 1 or more
 * @param fundsYuan the funds it needs, 0 or more yuan
 * @param hours the hours of work it needs, 0 or more
 * @param outsideResources whether it needs resources from outside the grid and community
 * @param spansGrids whether it affects more than its own grid
 */
public record TrackCase(
    DemandId demand,
    ProjectKind kind,
    Urgency urgency,
    int subjectsNeeded,
    long fundsYuan,
    long hours,
    boolean outsideResources,
    boolean spansGrids) {

  /** Checks the fields. */
  public TrackCase {
    Objects.requireNonNull(demand, "a track case names its demand");
    Objects.requireNonNull(kind, "the track case of " + demand + " has a project kind");
    Objects.requireNonNull(urgency, "the track case of " + demand + " has an urgency");
    if (subjectsNeeded < 1 || fundsYuan < 0 || hours < 0) {
      throw new IllegalArgumentException(
          "the track case of " + demand + " needs 1 subject or more and 0 yuan or hours or more");
    }
  }
}
