package org.gridgov.core.lists;

import java.util.Objects;
import org.gridgov.core.organisation.UnitId;
import org.gridgov.core.people.PersonId;

/** Who provides a resource: a unit or a person. */
public sealed interface ResourceProvider
    permits ResourceProvider.ByUnit, ResourceProvider.ByPerson {

  /**
   * A unit as provider.
   *
   * @param unit the unit
   * @return the provider
   */
  static ResourceProvider of(UnitId unit) {
    return new ByUnit(unit);
  }

  /**
   * A person as provider.
   *
   * @param person the person
   * @return the provider
   */
  static ResourceProvider of(PersonId person) {
    return new ByPerson(person);
  }

  /**
   * A resource provided by a unit.
   *
   * @param unit the unit
   */
  record ByUnit(UnitId unit) implements ResourceProvider {

    /** Checks the field. */
    public ByUnit {
      Objects.requireNonNull(unit, "a providing unit is named");
    }
  }

  /**
   * A resource provided by a person, such as a capable resident.
   *
   * @param person the person
   */
  record ByPerson(PersonId person) implements ResourceProvider {

    /** Checks the field. */
    public ByPerson {
      Objects.requireNonNull(person, "a providing person is named");
    }
  }
}
