package org.gridgov.rules.fact;

import java.util.Objects;
import org.gridgov.core.cycle.ProjectKind;
import org.gridgov.core.lists.ProjectId;

/**
 * A proposed project the community's resources do not cover, as the referral rules see it: what is
 * still missing once every matching resource was asked.
 *
 * @param project the project
 * @param kind its kind
 * @param fundsShort the yuan missing, 0 or more
 * @param hoursShort the hours missing, 0 or more
 * @param materialsShort the materials missing, 0 or more
 */
public record ShortfallCase(
    ProjectId project, ProjectKind kind, long fundsShort, long hoursShort, long materialsShort) {

  /** Checks the fields. */
  public ShortfallCase {
    Objects.requireNonNull(project, "a shortfall names its project");
    Objects.requireNonNull(kind, "the shortfall of " + project + " has a project kind");
    if (fundsShort < 0 || hoursShort < 0 || materialsShort < 0) {
      throw new IllegalArgumentException("the shortfall of " + project + " is 0 or more");
    }
    if (fundsShort + hoursShort + materialsShort == 0) {
      throw new IllegalArgumentException("project " + project + " falls short of something");
    }
  }
}
