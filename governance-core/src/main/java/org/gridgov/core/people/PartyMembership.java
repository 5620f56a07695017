package org.gridgov.core.people;

import java.util.Objects;
import java.util.Optional;
import org.gridgov.core.organisation.PartyOrganisationId;

/**
 * A person's membership of the Party.
 *
 * @param organisation the organisation that holds the membership
 * @param status where the member stands
 * @param registration the registration (报到) into a grid, if done
 */
public record PartyMembership(
    PartyOrganisationId organisation,
    MembershipStatus status,
    Optional<Registration> registration) {

  /** Checks the fields. */
  public PartyMembership {
    Objects.requireNonNull(organisation, "a Party membership names its organisation");
    Objects.requireNonNull(status, "a Party membership has a status");
    Objects.requireNonNull(registration, "registration is Optional.empty() when absent");
  }

  /**
   * A membership not yet registered into a grid.
   *
   * @param organisation the organisation
   * @param status the status
   * @return the membership
   */
  public static PartyMembership of(PartyOrganisationId organisation, MembershipStatus status) {
    return new PartyMembership(organisation, status, Optional.empty());
  }

  /**
   * This membership registered into a grid.
   *
   * @param registration the registration
   * @return a new membership
   */
  public PartyMembership registered(Registration registration) {
    return new PartyMembership(organisation, status, Optional.of(registration));
  }

  /**
   * Whether the member has registered into a grid.
   *
   * @return true if a registration is recorded
   */
  public boolean isRegistered() {
    return registration.isPresent();
  }
}
