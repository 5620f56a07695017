package org.gridgov.core.territory;

import org.gridgov.core.common.Checks;

/**
 * Identifies a building (楼栋) within its district.
 *
 * @param value 1 to 64 letters, digits or {@code . _ : -}
 */
public record BuildingId(String value) {

  /** Checks the identifier. */
  public BuildingId {
    Checks.identifier(value, Checks.term("buildingId"));
  }

  /**
   * Makes a building id.
   *
   * @param value the identifier
   * @return the id
   */
  public static BuildingId of(String value) {
    return new BuildingId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
