package org.gridgov.rules.fact;

import java.util.Objects;
import org.gridgov.core.organisation.UnitId;
import org.gridgov.core.territory.CommunityCode;

/**
 * A unit paired (包联) with a community, for the rules that send first secretaries.
 *
 * @param community the community
 * @param unit the paired unit
 * @param unitName the unit's name, or its id when the snapshot does not name it
 * @param first whether this is the community's first pairing: the one in force longest, and of
 *     those the unit with the smallest id; exactly one paired unit of a community is first
 */
public record PairedUnit(CommunityCode community, UnitId unit, String unitName, boolean first) {

  /** Checks the fields. */
  public PairedUnit {
    Objects.requireNonNull(community, "a paired unit needs the community");
    Objects.requireNonNull(unit, "a paired unit needs the unit");
    Objects.requireNonNull(unitName, "a paired unit needs the unit's name");
  }
}
