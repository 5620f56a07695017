package org.gridgov.core.organisation;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.gridgov.core.common.ValueRefusedException;
import org.gridgov.core.territory.CommunityCode;

/**
 * A pairing (包联): one unit works with one community (1:1) or with several (1:n) from a date on.
 *
 * @param unit the paired unit
 * @param communities the communities it is paired with, one or more
 * @param since the date the pairing began
 */
public record Pairing(UnitId unit, Set<CommunityCode> communities, LocalDate since) {

  /** Checks the fields and copies the communities. */
  public Pairing {
    Objects.requireNonNull(unit, "a pairing names its unit");
    communities = Set.copyOf(communities);
    if (communities.isEmpty()) {
      throw ValueRefusedException.of("refused.Pairing.unitPairedCommunityMore", unit);
    }
    Objects.requireNonNull(since, "the pairing of unit " + unit + " needs a start date");
  }

  /**
   * A one-to-one pairing.
   *
   * @param unit the unit
   * @param community the community
   * @param since the start date
   * @return the pairing
   */
  public static Pairing of(UnitId unit, CommunityCode community, LocalDate since) {
    return new Pairing(unit, Set.of(community), since);
  }

  /**
   * Whether the unit works with a single community.
   *
   * @return true for a 1:1 pairing, false for 1:n
   */
  public boolean oneToOne() {
    return communities.size() == 1;
  }

  /**
   * Whether the pairing covers a community.
   *
   * @param community the community
   * @return true if the unit is paired with it
   */
  public boolean covers(CommunityCode community) {
    return communities.contains(community);
  }

  /**
   * Whether the pairing is in force on a date.
   *
   * @param date the date
   * @return true on or after the start date
   */
  public boolean inForceOn(LocalDate date) {
    return !date.isBefore(since);
  }
}
