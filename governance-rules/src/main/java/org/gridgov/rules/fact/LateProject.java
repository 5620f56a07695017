package org.gridgov.rules.fact;

import java.util.Objects;
import org.gridgov.core.cycle.ProjectKind;
import org.gridgov.core.lists.ProjectId;
import org.gridgov.core.workorder.EscalationLevel;

/**
 * A dispatched project past its due date, as the supervision rules (督办) see it.
 *
 * @param project the project
 * @param kind its kind
 * @param daysLate calendar days past the due date, 1 or more
 * @param level who supervises it now on the escalation ladder
 * @param rungsRaised how many rungs supervision has raised it above the level of its subject
 * @param nextLevel the rung above {@code level}, or {@code level} itself at the top
 * @param atTop whether {@code level} is the top of the ladder
 */
public record LateProject(
    ProjectId project,
    ProjectKind kind,
    long daysLate,
    EscalationLevel level,
    int rungsRaised,
    EscalationLevel nextLevel,
    boolean atTop) {

  /** Checks the fields. */
  public LateProject {
    Objects.requireNonNull(project, "a late project names its project");
    Objects.requireNonNull(kind, "late project " + project + " has a kind");
    Objects.requireNonNull(level, "late project " + project + " has a level");
    Objects.requireNonNull(nextLevel, "late project " + project + " has a next level");
    if (daysLate < 1 || rungsRaised < 0) {
      throw new IllegalArgumentException(
          "project " + project + " is late by 1 day or more and raised 0 rungs or more");
    }
    if (atTop != level.next().isEmpty() || nextLevel != level.next().orElse(level)) {
      throw new IllegalArgumentException(
          "the next level of " + project + " is the rung above " + level + ", got " + nextLevel);
    }
  }

  /**
   * The fact for a project late by some days at a level.
   *
   * @param project the project
   * @param kind its kind
   * @param daysLate days past its due date
   * @param level its level now
   * @param rungsRaised rungs supervision raised it
   * @return the fact
   */
  public static LateProject of(
      ProjectId project, ProjectKind kind, long daysLate, EscalationLevel level, int rungsRaised) {
    return new LateProject(
        project,
        kind,
        daysLate,
        level,
        rungsRaised,
        level.next().orElse(level),
        level.next().isEmpty());
  }
}
