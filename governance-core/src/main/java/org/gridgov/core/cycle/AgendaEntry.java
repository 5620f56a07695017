package org.gridgov.core.cycle;

import java.util.Objects;
import org.gridgov.core.common.Checks;
import org.gridgov.core.common.ValueRefusedException;
import org.gridgov.core.lists.ProjectId;

/**
 * A project on the agenda of a joint meeting, with what the meeting decided on it.
 *
 * @param project the project
 * @param rank its place on the agenda, 1 first
 * @param score its agenda score from the weights table (urgency, residents affected, quarters
 *     carried over, resources available)
 * @param outcome agreed, deferred, referred up or rejected
 * @param reason why, in words, such as the capacity of the meeting or a rejection's reason
 * @param rule the rule that decided the outcome
 */
public record AgendaEntry(
    ProjectId project, int rank, double score, MeetingOutcome outcome, String reason, String rule) {

  /** Checks the fields. */
  public AgendaEntry {
    Objects.requireNonNull(project, "an agenda entry names its project");
    if (rank < 1) {
      throw ValueRefusedException.of("refused.AgendaEntry.projectHasAgendaRank", project, rank);
    }
    if (!Double.isFinite(score)) {
      throw ValueRefusedException.of("refused.AgendaEntry.projectHasFiniteAgenda", project, score);
    }
    Objects.requireNonNull(outcome, "the agenda entry of " + project + " has an outcome");
    Checks.text(reason, Checks.term("outcome.reason", project));
    Checks.text(rule, Checks.term("outcome.rule", project));
  }
}
