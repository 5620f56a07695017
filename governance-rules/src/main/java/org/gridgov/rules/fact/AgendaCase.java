package org.gridgov.rules.fact;

import java.util.Objects;
import org.gridgov.core.lists.ProjectId;

/**
 * A project on the agenda of a joint meeting, as the outcome rules see it: where the agenda score
 * put it and whether it can be done this quarter.
 *
 * @param project the project
 * @param rank its place on the agenda by score, 1 first
 * @param resourcedPlace its place among the projects whose resources are available, 1 first; 0 if
 *     its resources are not available
 * @param capacity how many projects the meeting can agree, from the capacity table
 * @param withinCapacity whether its resourced place is within the capacity
 * @param referred whether the proposal rules referred it up, the community being unable to resource
 *     it
 * @param resourcesAvailable whether its resources have enough left this quarter for it, after the
 *     projects ranked above it
 * @param quartersCarried how many quarter ends it was carried over
 * @param unsatisfiedRatings how many times residents rated it not satisfied
 */
public record AgendaCase(
    ProjectId project,
    int rank,
    int resourcedPlace,
    int capacity,
    boolean withinCapacity,
    boolean referred,
    boolean resourcesAvailable,
    int quartersCarried,
    int unsatisfiedRatings) {

  /** Checks the fields. */
  public AgendaCase {
    Objects.requireNonNull(project, "an agenda case names its project");
    if (rank < 1 || resourcedPlace < 0 || capacity < 0) {
      throw new IllegalArgumentException(
          "project " + project + " has a rank from 1, a resourced place and capacity from 0");
    }
    if (resourcesAvailable != (resourcedPlace > 0)) {
      throw new IllegalArgumentException(
          "project " + project + " has a resourced place exactly when its resources are there");
    }
    if (withinCapacity != (resourcedPlace > 0 && resourcedPlace <= capacity)) {
      throw new IllegalArgumentException(
          "project " + project + " is within capacity exactly when its resourced place is");
    }
    if (quartersCarried < 0 || unsatisfiedRatings < 0) {
      throw new IllegalArgumentException(
          "project " + project + " counts quarters carried and ratings from 0");
    }
  }
}
