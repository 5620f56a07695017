package org.gridgov.core.lists;

/** How a demand reached the lists. */
public enum Channel {
  /** A red-grid call group (红色网格呼叫群), the chat group of a grid. */
  CALL_GROUP,
  /** A grid station (网格连心驿站) or warm station (暖心驿站). */
  STATION,
  /** Found by a grid worker on patrol (巡查). */
  PATROL,
  /** A city or district hotline such as 12345. */
  HOTLINE,
  /** Raised at a joint meeting or consultation meeting. */
  MEETING,
  /** A resident walking into the community office. */
  WALK_IN
}
