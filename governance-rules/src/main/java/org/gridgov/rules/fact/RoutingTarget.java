package org.gridgov.rules.fact;

/**
 * Whom a routing rule sends an order to, in the words of the routing matrix. The engine turns a
 * target into a concrete responsible subject of the district: the grid worker of the order's grid,
 * the committee of its community, the property company of its compound, and so on.
 */
public enum RoutingTarget {
  /** The grid worker (网格员) of the order's grid. */
  GRID_WORKER,
  /** The residents' or villagers' committee of the order's community. */
  COMMUNITY_COMMITTEE,
  /** The property company of the order's compound. */
  PROPERTY_COMPANY,
  /** The district unit competent for the order's category. */
  COMPETENT_UNIT,
  /** The district unit paired with the order's community. */
  PAIRED_UNIT,
  /** The street or town the order's grid lies in. */
  STREET,
  /** The next joint meeting of the order's community. */
  JOINT_MEETING,
  /** The nearest capable resident or volunteer with the needed skill and the least load. */
  HELPER
}
