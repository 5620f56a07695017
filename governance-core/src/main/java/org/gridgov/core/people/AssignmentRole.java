package org.gridgov.core.people;

/** The "two chiefs and one member" (两长一员) of a grid. */
public enum AssignmentRole {
  /** 街巷长: the chief of a lane or street. */
  LANE_CHIEF,
  /** 楼栋长: the chief of a building. */
  BUILDING_CHIEF,
  /** 网格员: the grid worker. */
  GRID_WORKER
}
