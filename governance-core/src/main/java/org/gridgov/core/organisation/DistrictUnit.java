package org.gridgov.core.organisation;

import java.util.Objects;
import java.util.Optional;
import org.gridgov.core.common.Checks;

/**
 * A unit that works with communities: a district department, a resident unit or a co-building unit.
 *
 * @param id its identifier
 * @param name its name, such as 区住建局
 * @param kind its kind
 * @param partyOrganisation its own Party organisation, if it has one
 */
public record DistrictUnit(
    UnitId id, String name, UnitKind kind, Optional<PartyOrganisationId> partyOrganisation) {

  /** Checks the fields. */
  public DistrictUnit {
    Objects.requireNonNull(id, "a unit needs an id");
    Checks.text(name, Checks.term("unitName"));
    Objects.requireNonNull(kind, "unit " + id + " needs a kind");
    Objects.requireNonNull(partyOrganisation, "partyOrganisation is Optional.empty() when absent");
  }

  /**
   * A unit without a Party organisation of its own.
   *
   * @param id its identifier
   * @param name its name
   * @param kind its kind
   * @return the unit
   */
  public static DistrictUnit of(UnitId id, String name, UnitKind kind) {
    return new DistrictUnit(id, name, kind, Optional.empty());
  }
}
