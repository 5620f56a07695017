package org.gridgov.core.organisation;

import org.gridgov.core.common.Checks;

/**
 * Identifies a Party organisation.
 *
 * @param value 1 to 64 letters, digits or {@code . _ : -}
 */
public record PartyOrganisationId(String value) {

  /** Checks the identifier. */
  public PartyOrganisationId {
    Checks.identifier(value, Checks.term("partyOrganisationId"));
  }

  /**
   * Makes the id.
   *
   * @param value the identifier
   * @return the id
   * @throws IllegalArgumentException if the value is not an identifier
   */
  public static PartyOrganisationId of(String value) {
    return new PartyOrganisationId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
