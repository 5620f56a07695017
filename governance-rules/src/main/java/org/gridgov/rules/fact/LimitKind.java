package org.gridgov.rules.fact;

/** The two time limits of a dispatched work order. */
public enum LimitKind {
  /** The time to accept (接单), from dispatch until the responsible subject accepts. */
  ACCEPT,
  /** The time to resolve, from dispatch until the matter is reported resolved. */
  RESOLVE
}
