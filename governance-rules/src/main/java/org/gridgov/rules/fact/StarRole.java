package org.gridgov.rules.fact;

/** In what capacity someone is nominated a grid service star (网格服务之星). */
public enum StarRole {
  /** A grid worker (网格员) of the grid. */
  GRID_WORKER("网格员"),
  /** A holder of a claimed service post (岗位) in the grid. */
  POST_HOLDER("岗位认领人"),
  /** A volunteer or capable resident who took orders. */
  VOLUNTEER("志愿者");

  private final String chineseName;

  StarRole(String chineseName) {
    this.chineseName = chineseName;
  }

  /**
   * The name used in Chinese reports.
   *
   * @return such as {@code 网格员}
   */
  public String chineseName() {
    return chineseName;
  }
}
