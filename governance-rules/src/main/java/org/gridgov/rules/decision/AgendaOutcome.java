package org.gridgov.rules.decision;

import java.util.Objects;
import org.gridgov.core.cycle.MeetingOutcome;
import org.gridgov.core.lists.ProjectId;

/**
 * What a joint meeting decides on a project of its agenda.
 *
 * @param project the project
 * @param outcome agreed, deferred, referred up or rejected
 * @param reason why, in words, for the minutes
 * @param priority the priority of its row; of the decisions on one project the highest wins (ties:
 *     the rule name that sorts first)
 * @param rule the rule (table row) that decided
 */
public record AgendaOutcome(
    ProjectId project, MeetingOutcome outcome, String reason, int priority, String rule)
    implements Decision {

  /** Checks the fields. */
  public AgendaOutcome {
    Objects.requireNonNull(project, "an agenda outcome names its project");
    Objects.requireNonNull(outcome, "the outcome on " + project + " is given");
    Objects.requireNonNull(reason, "the outcome on " + project + " has a reason");
    Objects.requireNonNull(rule, "the outcome on " + project + " names its rule");
  }
}
