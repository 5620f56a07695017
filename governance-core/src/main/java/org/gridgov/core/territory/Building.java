package org.gridgov.core.territory;

import java.util.Objects;
import org.gridgov.core.common.Checks;
import org.gridgov.core.common.ValueRefusedException;

/**
 * A building (楼栋) of a compound.
 *
 * @param id its identifier
 * @param compound the compound it stands in
 * @param name its name, such as 3号楼
 * @param floors its floors above ground, one or more
 * @param households the households living in it, zero or more
 * @param hasLift whether it has a lift
 */
public record Building(
    BuildingId id, CompoundId compound, String name, int floors, int households, boolean hasLift) {

  /** Checks the fields. */
  public Building {
    Objects.requireNonNull(id, "a building needs an id");
    Objects.requireNonNull(compound, "a building needs a compound");
    Checks.name(name, Checks.term("buildingName"));
    if (floors < 1) {
      throw ValueRefusedException.of("refused.Building.buildingHasFloorMore", id, floors);
    }
    Checks.count(households, Checks.term("building.households", id));
  }
}
