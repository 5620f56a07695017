package org.gridgov.rules.decision;

/** What the agenda score of a joint meeting weighs. */
public enum AgendaFactor {
  /** The highest urgency of the project's demands: 0 routine, 1 urgent, 2 emergency. */
  URGENCY,
  /** The residents the project concerns, as log10(1 + residents). */
  RESIDENTS_AFFECTED,
  /** The quarter ends the project was carried over. */
  QUARTERS_CARRIED,
  /** 1 if the project's resources have enough left this quarter, else 0. */
  RESOURCES_AVAILABLE
}
