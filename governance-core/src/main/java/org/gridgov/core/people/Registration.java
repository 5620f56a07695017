package org.gridgov.core.people;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.gridgov.core.territory.BuildingId;
import org.gridgov.core.territory.GridCode;

/**
 * A Party member's or cadre's registration (报到) into the grid and building where they live, after
 * which they claim posts and serve there.
 *
 * @param grid the grid registered into
 * @param building the building, if registered to one
 * @param on the date of registration
 */
public record Registration(GridCode grid, Optional<BuildingId> building, LocalDate on) {

  /** Checks the fields. */
  public Registration {
    Objects.requireNonNull(grid, "a registration names its grid");
    Objects.requireNonNull(building, "building is Optional.empty() when absent");
    Objects.requireNonNull(on, "a registration into grid " + grid + " has a date");
  }

  /**
   * A registration into a grid and building.
   *
   * @param grid the grid
   * @param building the building
   * @param on the date
   * @return the registration
   */
  public static Registration of(GridCode grid, BuildingId building, LocalDate on) {
    return new Registration(grid, Optional.of(building), on);
  }
}
