package org.gridgov.rules.evaluation;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The role KPIs of one subject in one role.
 *
 * @param role the role
 * @param kind for a handler the responsible subject's kind, such as {@code COMMUNITY_COMMITTEE};
 *     for a dispatcher the actor's kind, {@code PERSON} or {@code SYSTEM}
 * @param reference for a handler the subject's reference; for a dispatcher the actor's name
 * @param name the name shown to people; a person's name masked
 * @param counts the counts
 */
public record RoleKpiLine(
    SubjectRole role, String kind, String reference, String name, RoleCounts counts) {

  /** Checks the fields. */
  public RoleKpiLine {
    Objects.requireNonNull(role, "a role KPI line names the role");
    Objects.requireNonNull(kind, "a role KPI line names the subject's kind");
    Objects.requireNonNull(reference, "a role KPI line names the subject");
    Objects.requireNonNull(name, "a role KPI line names the subject's name");
    Objects.requireNonNull(counts, "a role KPI line has counts");
  }

  /**
   * One measure of this line.
   *
   * @param kpi the measure, of this line's role
   * @return the rate, empty where its denominator is zero
   * @throws IllegalArgumentException if the measure is of the other role
   */
  public OptionalDouble value(RoleKpi kpi) {
    if (kpi.role() != role) {
      throw new IllegalArgumentException(
          kpi + " measures a " + kpi.role() + ", this line is of a " + role);
    }
    return kpi.of(counts);
  }

  /** The same subject with more counts. */
  RoleKpiLine plus(RoleCounts more) {
    return new RoleKpiLine(role, kind, reference, name, counts.plus(more));
  }
}
