package org.gridgov.core.lists;

/** What a resource of the service resource list is. */
public enum ResourceKind {
  /** A venue: a meeting room, a hall, a courtyard. */
  VENUE,
  /** Funds: a budget line, a donation, a co-building fund. */
  FUNDS,
  /** A skill a person or unit offers, such as legal advice. */
  SKILL,
  /** A service a unit delivers, such as free health checks. */
  SERVICE,
  /** Equipment lent or given, such as tools or a vehicle. */
  EQUIPMENT,
  /** Materials given, such as paint or plants. */
  MATERIALS
}
