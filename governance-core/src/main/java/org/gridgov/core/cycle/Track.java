package org.gridgov.core.cycle;

/** Which way a demand of the demand list goes, as the track rules decide. */
public enum Track {
  /**
   * Settled at once within the grid or community (小事不出网格): today's dispatch of a work order; the
   * item skips the joint meeting.
   */
  SETTLE_AT_ONCE,
  /**
   * Put on the governance project list: the item needs several subjects, money or outside
   * resources, so the quarterly joint meeting decides it.
   */
  PROJECT_LIST
}
