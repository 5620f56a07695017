package org.gridgov.core.organisation;

import java.util.Objects;
import java.util.Optional;

/**
 * A member organisation of a joint Party committee.
 *
 * @param organisation the member Party organisation
 * @param role what it brings to the committee
 * @param unit the unit whose organisation it is, if any
 */
public record JointCommitteeMember(
    PartyOrganisationId organisation, JointCommitteeRole role, Optional<UnitId> unit) {

  /** Checks the fields. */
  public JointCommitteeMember {
    Objects.requireNonNull(organisation, "a joint committee member names its Party organisation");
    Objects.requireNonNull(role, "joint committee member " + organisation + " needs a role");
    Objects.requireNonNull(unit, "unit is Optional.empty() when absent");
  }

  /**
   * A member organisation of a unit.
   *
   * @param organisation the member Party organisation
   * @param role what it brings
   * @param unit the unit whose organisation it is
   * @return the member
   */
  public static JointCommitteeMember of(
      PartyOrganisationId organisation, JointCommitteeRole role, UnitId unit) {
    return new JointCommitteeMember(organisation, role, Optional.of(unit));
  }
}
