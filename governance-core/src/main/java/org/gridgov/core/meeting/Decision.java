package org.gridgov.core.meeting;

import java.util.Objects;
import org.gridgov.core.common.Checks;
import org.gridgov.core.common.PersonalDataMask;
import org.gridgov.core.lists.ProjectId;
import org.gridgov.core.workorder.WorkOrderId;

/**
 * A decision of a joint meeting: "the meeting dispatches" (派单) one project, or part of it, to a
 * responsible subject as a work order.
 *
 * @param project the project decided
 * @param responsible the responsible subject (责任主体) who is to accept the order
 * @param workOrder the work order dispatched, or to be dispatched, under this id
 * @param summary what was decided
 */
public record Decision(
    ProjectId project, Stakeholder responsible, WorkOrderId workOrder, String summary) {

  /** Checks the fields. */
  public Decision {
    Objects.requireNonNull(project, "a decision names its project");
    Objects.requireNonNull(responsible, "the decision on " + project + " names who is responsible");
    Objects.requireNonNull(workOrder, "the decision on " + project + " names its work order");
    Checks.text(summary, Checks.term("decision.summary", project));
  }

  /**
   * The components, with any phone or ID number in the summary masked.
   *
   * @return such as the default record text, masked by {@link PersonalDataMask#describe(Record)}
   */
  @Override
  public String toString() {
    return PersonalDataMask.describe(this);
  }
}
