package org.gridgov.core.organisation;

import java.util.Objects;
import org.gridgov.core.common.Checks;
import org.gridgov.core.territory.CommunityCode;

/**
 * A self-governing organisation (自治组织) of a community's residents.
 *
 * @param id its identifier
 * @param name its name
 * @param community the community it belongs to
 * @param kind its kind
 */
public record SelfGoverningOrganisation(
    SelfGoverningOrganisationId id, String name, CommunityCode community, SelfGoverningKind kind) {

  /** Checks the fields. */
  public SelfGoverningOrganisation {
    Objects.requireNonNull(id, "a self-governing organisation needs an id");
    Checks.text(name, Checks.term("selfGoverningOrganisationName"));
    Objects.requireNonNull(community, "self-governing organisation " + id + " needs a community");
    Objects.requireNonNull(kind, "self-governing organisation " + id + " needs a kind");
  }
}
