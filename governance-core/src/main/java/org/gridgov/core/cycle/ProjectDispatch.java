package org.gridgov.core.cycle;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.gridgov.core.common.ValueRefusedException;
import org.gridgov.core.lists.ProjectId;
import org.gridgov.core.workorder.ResponsibleSubject;

/**
 * The dispatch (派单) of an agreed project to a responsible subject (责任主体), with its time limit and
 * milestones from the time-limit table by project kind, counted in working days.
 *
 * @param project the project
 * @param subject who is to take it
 * @param dispatchedOn when
 * @param dueOn when it is to be resolved, not before the dispatch
 * @param milestones the milestones, in order of their dates, none after the due date
 * @param subjectRule the dispatch rule that chose the kind of subject
 * @param timeLimitRule the rule (table row) that set the time limit and milestones
 */
public record ProjectDispatch(
    ProjectId project,
    ResponsibleSubject subject,
    LocalDate dispatchedOn,
    LocalDate dueOn,
    List<Milestone> milestones,
    String subjectRule,
    String timeLimitRule) {

  /** Checks the fields and the dates. */
  public ProjectDispatch {
    Objects.requireNonNull(project, "a dispatch names its project");
    Objects.requireNonNull(subject, "the dispatch of " + project + " names its subject");
    Objects.requireNonNull(dispatchedOn, "the dispatch of " + project + " has a date");
    Objects.requireNonNull(dueOn, "the dispatch of " + project + " has a due date");
    if (dueOn.isBefore(dispatchedOn)) {
      throw ValueRefusedException.of(
          "refused.ProjectDispatch.projectDueAfterDispatch", project, dispatchedOn, dueOn);
    }
    milestones = List.copyOf(milestones);
    LocalDate last = dispatchedOn;
    for (Milestone m : milestones) {
      if (m.dueOn().isBefore(last) || m.dueOn().isAfter(dueOn)) {
        throw ValueRefusedException.of(
            "refused.ProjectDispatch.milestonesFallOrderBetween", project, dispatchedOn, dueOn, m);
      }
      last = m.dueOn();
    }
    Objects.requireNonNull(subjectRule, "the dispatch of " + project + " names its dispatch rule");
    Objects.requireNonNull(
        timeLimitRule, "the dispatch of " + project + " names its time-limit rule");
  }

  /**
   * Whether the project is late on a day.
   *
   * @param day the day
   * @return true if the day is after the due date
   */
  public boolean lateOn(LocalDate day) {
    return day.isAfter(dueOn);
  }
}
