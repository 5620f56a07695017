package org.gridgov.rules.fact;

import java.util.Objects;
import org.gridgov.core.cycle.ProjectKind;
import org.gridgov.core.lists.ProjectId;

/**
 * An agreed project to dispatch, as the dispatch rules see it: its kind and which subjects its
 * community has.
 *
 * @param project the project
 * @param kind its kind
 * @param hasPropertyCompany whether the community names a property company
 * @param hasOwnersCommittee whether the community names an owners' committee
 * @param hasPairedUnit whether the community names its paired district unit
 * @param demands how many demands the project covers
 */
public record DispatchCase(
    ProjectId project,
    ProjectKind kind,
    boolean hasPropertyCompany,
    boolean hasOwnersCommittee,
    boolean hasPairedUnit,
    int demands) {

  /** Checks the fields. */
  public DispatchCase {
    Objects.requireNonNull(project, "a dispatch case names its project");
    Objects.requireNonNull(kind, "the dispatch case of " + project + " has a project kind");
    if (demands < 1) {
      throw new IllegalArgumentException("project " + project + " covers 1 demand or more");
    }
  }
}
