package org.gridgov.core.lists;

import java.util.Objects;

/**
 * The event of a governance project moving from one status to the next.
 *
 * @param project the project
 * @param from the status before
 * @param to the status after
 */
public record ProjectStatusChanged(ProjectId project, ProjectStatus from, ProjectStatus to) {

  /** Checks the fields. */
  public ProjectStatusChanged {
    Objects.requireNonNull(project, "the event names its project");
    Objects.requireNonNull(from, "the event names the status before");
    Objects.requireNonNull(to, "the event names the status after");
  }
}
