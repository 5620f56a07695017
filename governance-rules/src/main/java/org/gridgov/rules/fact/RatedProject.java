package org.gridgov.rules.fact;

import java.util.Objects;
import org.gridgov.core.evaluation.Satisfaction;
import org.gridgov.core.lists.ProjectId;

/**
 * Residents' rating of a resolved project, as the project rating rules see it.
 *
 * @param project the project
 * @param satisfaction the verdict
 * @param satisfied whether the verdict lets the project be closed (satisfied or basically)
 * @param unsatisfiedBefore how many times residents rated it not satisfied before
 */
public record RatedProject(
    ProjectId project, Satisfaction satisfaction, boolean satisfied, int unsatisfiedBefore) {

  /** Checks the fields. */
  public RatedProject {
    Objects.requireNonNull(project, "a rated project names its project");
    Objects.requireNonNull(satisfaction, "the rating of " + project + " has a verdict");
    if (satisfied != satisfaction.isSatisfied()) {
      throw new IllegalArgumentException(
          "satisfied follows the satisfaction, got " + satisfied + " for " + satisfaction);
    }
    if (unsatisfiedBefore < 0) {
      throw new IllegalArgumentException(
          "project " + project + " was rated not satisfied 0 times or more");
    }
  }
}
