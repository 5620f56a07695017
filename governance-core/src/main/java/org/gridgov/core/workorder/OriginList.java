package org.gridgov.core.workorder;

/** The list a work order's {@link Origin} belongs to. */
public enum OriginList {
  /** The resident demand list (群众需求清单). */
  DEMAND,
  /** The governance project list (治理项目清单), agreed at the quarterly joint meeting. */
  PROJECT
}
