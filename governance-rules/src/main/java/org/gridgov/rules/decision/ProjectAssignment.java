package org.gridgov.rules.decision;

import java.util.Objects;
import org.gridgov.core.lists.ProjectId;
import org.gridgov.core.workorder.SubjectKind;

/**
 * Which kind of responsible subject an agreed project is dispatched to (派单).
 *
 * @param project the project
 * @param subject the kind of subject; the community's directory names which one
 * @param priority the priority of its row; of the decisions on one project the highest wins (ties:
 *     the rule name that sorts first)
 * @param rule the rule (table row) that decided
 */
public record ProjectAssignment(ProjectId project, SubjectKind subject, int priority, String rule)
    implements Decision {

  /** Checks the fields. */
  public ProjectAssignment {
    Objects.requireNonNull(project, "an assignment names its project");
    Objects.requireNonNull(subject, "the assignment of " + project + " names the subject kind");
    Objects.requireNonNull(rule, "the assignment of " + project + " names its rule");
  }
}
