package org.gridgov.core.lists;

/** The three micro-lists (微清单). */
public enum ListKind {
  /** 群众需求清单: what residents need. */
  DEMAND,
  /** 服务资源清单: what units and people can offer. */
  RESOURCE,
  /** 治理项目清单: the projects agreed to meet the demands with the resources. */
  PROJECT
}
