package org.gridgov.core.people;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.gridgov.core.common.Checks;
import org.gridgov.core.common.ValueRefusedException;
import org.gridgov.core.territory.BuildingId;
import org.gridgov.core.territory.GridCode;

/**
 * A person assigned as one of the "two chiefs and one member" (两长一员) of a grid: a lane chief names
 * the lane or street, a building chief names the building, a grid worker names neither.
 *
 * @param person the person
 * @param role lane chief, building chief or grid worker
 * @param grid the grid served
 * @param lane the lane or street, present exactly for a lane chief
 * @param building the building, present exactly for a building chief
 * @param since the date of the assignment
 */
public record Assignment(
    PersonId person,
    AssignmentRole role,
    GridCode grid,
    Optional<String> lane,
    Optional<BuildingId> building,
    LocalDate since) {

  /** Checks the fields and that the role names what it should. */
  public Assignment {
    Objects.requireNonNull(person, "an assignment names its person");
    Objects.requireNonNull(role, "the assignment of " + person + " needs a role");
    Objects.requireNonNull(grid, "the assignment of " + person + " names a grid");
    Objects.requireNonNull(lane, "lane is Optional.empty() when absent");
    Objects.requireNonNull(building, "building is Optional.empty() when absent");
    Objects.requireNonNull(since, "the assignment of " + person + " has a date");
    lane.ifPresent(l -> Checks.text(l, Checks.term("laneOrStreetName")));
    if (lane.isPresent() != (role == AssignmentRole.LANE_CHIEF)) {
      throw ValueRefusedException.of("refused.Assignment.laneStreetNamedExactly", role, person);
    }
    if (building.isPresent() != (role == AssignmentRole.BUILDING_CHIEF)) {
      throw ValueRefusedException.of("refused.Assignment.buildingNamedExactlyFor", role, person);
    }
  }

  /**
   * A lane chief (街巷长).
   *
   * @param person the person
   * @param grid the grid
   * @param lane the lane or street
   * @param since the date
   * @return the assignment
   */
  public static Assignment laneChief(PersonId person, GridCode grid, String lane, LocalDate since) {
    return new Assignment(
        person, AssignmentRole.LANE_CHIEF, grid, Optional.of(lane), Optional.empty(), since);
  }

  /**
   * A building chief (楼栋长).
   *
   * @param person the person
   * @param grid the grid
   * @param building the building
   * @param since the date
   * @return the assignment
   */
  public static Assignment buildingChief(
      PersonId person, GridCode grid, BuildingId building, LocalDate since) {
    return new Assignment(
        person,
        AssignmentRole.BUILDING_CHIEF,
        grid,
        Optional.empty(),
        Optional.of(building),
        since);
  }

  /**
   * A grid worker (网格员).
   *
   * @param person the person
   * @param grid the grid
   * @param since the date
   * @return the assignment
   */
  public static Assignment gridWorker(PersonId person, GridCode grid, LocalDate since) {
    return new Assignment(
        person, AssignmentRole.GRID_WORKER, grid, Optional.empty(), Optional.empty(), since);
  }
}
