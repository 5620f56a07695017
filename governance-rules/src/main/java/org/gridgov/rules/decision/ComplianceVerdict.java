package org.gridgov.rules.decision;

/** What the compliance rules found about a community in a quarter. */
public enum ComplianceVerdict {
  /** A joint meeting was held and the lists were refreshed. */
  COMPLIANT,
  /** No joint meeting (联席会议) was held in the quarter. */
  NO_JOINT_MEETING,
  /** No demand or project item was added or updated in the quarter. */
  LISTS_NOT_REFRESHED
}
