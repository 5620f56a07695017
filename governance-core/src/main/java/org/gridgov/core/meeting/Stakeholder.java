package org.gridgov.core.meeting;

import java.util.Objects;
import org.gridgov.core.organisation.PartyOrganisationId;
import org.gridgov.core.organisation.SelfGoverningOrganisationId;
import org.gridgov.core.organisation.UnitId;
import org.gridgov.core.people.PersonId;

/**
 * Someone who attends a meeting or takes responsibility for a decision: a Party organisation, a
 * unit (a paired department, a property company), a self-governing organisation (an owners'
 * committee) or a person.
 */
public sealed interface Stakeholder
    permits Stakeholder.OfOrganisation,
        Stakeholder.OfUnit,
        Stakeholder.OfSelfGoverning,
        Stakeholder.OfPerson {

  /**
   * A Party organisation as stakeholder.
   *
   * @param organisation the organisation
   * @return the stakeholder
   */
  static Stakeholder of(PartyOrganisationId organisation) {
    return new OfOrganisation(organisation);
  }

  /**
   * A unit as stakeholder.
   *
   * @param unit the unit
   * @return the stakeholder
   */
  static Stakeholder of(UnitId unit) {
    return new OfUnit(unit);
  }

  /**
   * A self-governing organisation as stakeholder.
   *
   * @param organisation the organisation
   * @return the stakeholder
   */
  static Stakeholder of(SelfGoverningOrganisationId organisation) {
    return new OfSelfGoverning(organisation);
  }

  /**
   * A person as stakeholder.
   *
   * @param person the person
   * @return the stakeholder
   */
  static Stakeholder of(PersonId person) {
    return new OfPerson(person);
  }

  /**
   * A Party organisation.
   *
   * @param organisation its id
   */
  record OfOrganisation(PartyOrganisationId organisation) implements Stakeholder {

    /** Checks the field. */
    public OfOrganisation {
      Objects.requireNonNull(organisation, "a Party organisation is named");
    }

    @Override
    public String toString() {
      return "organisation " + organisation;
    }
  }

  /**
   * A unit.
   *
   * @param unit its id
   */
  record OfUnit(UnitId unit) implements Stakeholder {

    /** Checks the field. */
    public OfUnit {
      Objects.requireNonNull(unit, "a unit is named");
    }

    @Override
    public String toString() {
      return "unit " + unit;
    }
  }

  /**
   * A self-governing organisation.
   *
   * @param organisation its id
   */
  record OfSelfGoverning(SelfGoverningOrganisationId organisation) implements Stakeholder {

    /** Checks the field. */
    public OfSelfGoverning {
      Objects.requireNonNull(organisation, "a self-governing organisation is named");
    }

    @Override
    public String toString() {
      return "self-governing organisation " + organisation;
    }
  }

  /**
   * A person.
   *
   * @param person its id
   */
  record OfPerson(PersonId person) implements Stakeholder {

    /** Checks the field. */
    public OfPerson {
      Objects.requireNonNull(person, "a person is named");
    }

    @Override
    public String toString() {
      return "person " + person;
    }
  }
}
