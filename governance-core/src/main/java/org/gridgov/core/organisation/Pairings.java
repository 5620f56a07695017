package org.gridgov.core.organisation;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridgov.core.common.ValueRefusedException;
import org.gridgov.core.territory.CommunityCode;

/**
 * The pairings of a district, looked up by unit or by community. A unit has one pairing at most.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class Pairings {

  private final Map<UnitId, Pairing> byUnit;

  private Pairings(Map<UnitId, Pairing> byUnit) {
    this.byUnit = byUnit;
  }

  /**
   * The register of some pairings.
   *
   * @param pairings the pairings, one per unit
   * @return the register
   * @throws IllegalArgumentException if a unit has two pairings
   */
  public static Pairings of(Collection<Pairing> pairings) {
    Map<UnitId, Pairing> byUnit = new HashMap<>();
    for (Pairing pairing : pairings) {
      if (byUnit.putIfAbsent(pairing.unit(), pairing) != null) {
        throw ValueRefusedException.of("refused.Pairings.unitHasPairingListing", pairing.unit());
      }
    }
    return new Pairings(Map.copyOf(byUnit));
  }

  /**
   * The pairing of a unit.
   *
   * @param unit the unit
   * @return its pairing, or empty if it is not paired
   */
  public Optional<Pairing> of(UnitId unit) {
    return Optional.ofNullable(byUnit.get(unit));
  }

  /**
   * The units paired with a community.
   *
   * @param community the community
   * @return the units, possibly none
   */
  public Set<UnitId> unitsPairedWith(CommunityCode community) {
    return byUnit.values().stream()
        .filter(p -> p.covers(community))
        .map(Pairing::unit)
        .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * The communities covered by some pairing.
   *
   * @return every community paired with at least one unit
   */
  public Set<CommunityCode> pairedCommunities() {
    return byUnit.values().stream()
        .flatMap(p -> p.communities().stream())
        .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * All pairings.
   *
   * @return the pairings, in no particular order
   */
  public List<Pairing> all() {
    return List.copyOf(byUnit.values());
  }
}
