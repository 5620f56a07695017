package org.gridgov.rules.decision;

import java.util.Objects;
import org.gridgov.core.lists.ProjectId;
import org.gridgov.core.workorder.EscalationLevel;

/**
 * Refer a project the community cannot resource to the street or the district.
 *
 * @param project the project
 * @param to {@link EscalationLevel#STREET} or {@link EscalationLevel#DISTRICT}
 * @param priority the priority of its row; of the decisions on one project the highest wins (ties:
 *     the rule name that sorts first)
 * @param rule the rule (table row) that decided
 */
public record ProjectReferral(ProjectId project, EscalationLevel to, int priority, String rule)
    implements Decision {

  /** Checks the fields. */
  public ProjectReferral {
    Objects.requireNonNull(project, "a referral names its project");
    if (to != EscalationLevel.STREET && to != EscalationLevel.DISTRICT) {
      throw new IllegalArgumentException(
          "project " + project + " is referred to the STREET or the DISTRICT, got " + to);
    }
    Objects.requireNonNull(rule, "the referral of " + project + " names its rule");
  }
}
