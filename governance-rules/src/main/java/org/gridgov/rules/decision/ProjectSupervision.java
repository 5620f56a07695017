package org.gridgov.rules.decision;

import java.util.Objects;
import org.gridgov.core.lists.ProjectId;
import org.gridgov.core.workorder.EscalationLevel;

/**
 * Put a late project under supervision (督办) at a higher rung of the escalation ladder.
 *
 * @param project the project
 * @param to the rung that supervises it now
 * @param rule the rule that decided
 */
public record ProjectSupervision(ProjectId project, EscalationLevel to, String rule)
    implements Decision {

  /** Checks the fields. */
  public ProjectSupervision {
    Objects.requireNonNull(project, "a supervision names its project");
    Objects.requireNonNull(to, "the supervision of " + project + " names its level");
    Objects.requireNonNull(rule, "the supervision of " + project + " names its rule");
  }
}
