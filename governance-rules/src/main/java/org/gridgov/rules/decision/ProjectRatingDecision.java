package org.gridgov.rules.decision;

import java.util.Objects;
import org.gridgov.core.cycle.ProjectRatingOutcome;
import org.gridgov.core.lists.ProjectId;

/**
 * What residents' rating (评单) does to a resolved project: close it (销号) or put it back on the next
 * agenda.
 *
 * @param project the project
 * @param outcome close or back on the agenda
 * @param rule the rule (table row) that decided
 */
public record ProjectRatingDecision(ProjectId project, ProjectRatingOutcome outcome, String rule)
    implements Decision {

  /** Checks the fields. */
  public ProjectRatingDecision {
    Objects.requireNonNull(project, "a project rating decision names its project");
    Objects.requireNonNull(outcome, "the rating decision on " + project + " has an outcome");
    Objects.requireNonNull(rule, "the rating decision on " + project + " names its rule");
  }
}
