package org.gridgov.core.organisation;

import org.gridgov.core.common.Checks;

/**
 * Identifies a self-governing organisation (自治组织) such as an owners' committee.
 *
 * @param value 1 to 64 letters, digits or {@code . _ : -}
 */
public record SelfGoverningOrganisationId(String value) {

  /** Checks the identifier. */
  public SelfGoverningOrganisationId {
    Checks.identifier(value, Checks.term("selfGoverningOrganisationId"));
  }

  /**
   * Makes the id.
   *
   * @param value the identifier
   * @return the id
   * @throws IllegalArgumentException if the value is not an identifier
   */
  public static SelfGoverningOrganisationId of(String value) {
    return new SelfGoverningOrganisationId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
