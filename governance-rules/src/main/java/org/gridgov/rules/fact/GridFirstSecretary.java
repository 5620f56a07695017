package org.gridgov.rules.fact;

import java.time.LocalDate;
import java.util.Objects;
import org.gridgov.core.organisation.UnitId;
import org.gridgov.core.people.PersonId;
import org.gridgov.core.territory.GridCode;

/**
 * A first secretary (第一书记) already serving a grid's Party branch, for the rules that review a weak
 * grid instead of recommending another.
 *
 * @param grid the grid
 * @param person the first secretary
 * @param unit the unit that sent them
 * @param unitName its name, or its id when the snapshot does not name it
 * @param since the first day of the secondment
 * @param quartersServed the quarters begun since, the quarter evaluated included; 1 in the first
 */
public record GridFirstSecretary(
    GridCode grid,
    PersonId person,
    UnitId unit,
    String unitName,
    LocalDate since,
    int quartersServed) {

  /** Checks the fields. */
  public GridFirstSecretary {
    Objects.requireNonNull(grid, "a grid's first secretary names the grid");
    Objects.requireNonNull(person, "a grid's first secretary names the person");
    Objects.requireNonNull(unit, "a grid's first secretary names the sending unit");
    Objects.requireNonNull(unitName, "a grid's first secretary names the unit's name");
    Objects.requireNonNull(since, "a grid's first secretary has a first day");
    if (quartersServed < 1) {
      throw new IllegalArgumentException(
          "a first secretary in office has served 1 quarter or more, got " + quartersServed);
    }
  }
}
