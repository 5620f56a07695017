package org.gridgov.core.territory;

/**
 * What a grid covers: a basic grid of homes, or a dedicated grid around one kind of place whose own
 * organisation takes part in its governance.
 */
public enum GridType {
  /** 基础网格: homes, shops and streets of a neighbourhood. */
  BASIC(false),
  /** A school campus. */
  SCHOOL(true),
  /** A hospital. */
  HOSPITAL(true),
  /** A market. */
  MARKET(true),
  /** An industrial park. */
  INDUSTRIAL_PARK(true),
  /** A government or institutional compound. */
  INSTITUTION(true),
  /** A commercial building or business district. */
  BUSINESS_DISTRICT(true),
  /** A scenic area. */
  SCENIC_AREA(true),
  /** A large construction site. */
  CONSTRUCTION_SITE(true);

  private final boolean dedicated;

  GridType(boolean dedicated) {
    this.dedicated = dedicated;
  }

  /**
   * Whether the grid is dedicated (专属网格) rather than basic.
   *
   * @return true for every type but {@link #BASIC}
   */
  public boolean dedicated() {
    return dedicated;
  }
}
