package org.gridgov.core.lists;

/** How urgent a demand or work order is; time limits depend on it. */
public enum Urgency {
  /** An ordinary demand. */
  ROUTINE,
  /** Needs attention within the day. */
  URGENT,
  /** A threat to safety or life: the grid worker and the street act at once. */
  EMERGENCY
}
