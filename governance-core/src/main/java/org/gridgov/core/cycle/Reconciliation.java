package org.gridgov.core.cycle;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.gridgov.core.calendar.YearQuarter;
import org.gridgov.core.territory.CommunityCode;
import org.gridgov.core.territory.StreetCode;

/**
 * The item-by-item reconciliation (逐项对账) of a closed quarter, by community, by street and for the
 * whole ledger (the district).
 *
 * @param quarter the quarter
 * @param communities the line of each community that had items, by code
 * @param streets the line of each street, the sum of its communities
 * @param district the sum of all
 */
public record Reconciliation(
    YearQuarter quarter,
    Map<CommunityCode, ReconciliationLine> communities,
    Map<StreetCode, ReconciliationLine> streets,
    ReconciliationLine district) {

  /** Checks and copies the lines. */
  public Reconciliation {
    Objects.requireNonNull(quarter, "a reconciliation names its quarter");
    communities = Map.copyOf(communities);
    streets = Map.copyOf(streets);
    Objects.requireNonNull(district, "the reconciliation of " + quarter + " has a district line");
  }

  static Reconciliation of(YearQuarter quarter, Map<CommunityCode, ReconciliationLine> lines) {
    Map<StreetCode, ReconciliationLine> streets =
        new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
    ReconciliationLine district = ReconciliationLine.EMPTY;
    for (Map.Entry<CommunityCode, ReconciliationLine> e : lines.entrySet()) {
      streets.merge(e.getKey().street(), e.getValue(), ReconciliationLine::plus);
      district = district.plus(e.getValue());
    }
    return new Reconciliation(quarter, lines, streets, district);
  }

  /**
   * The line of one community.
   *
   * @param community the community
   * @return its line, or empty if it had no items
   */
  public Optional<ReconciliationLine> community(CommunityCode community) {
    return Optional.ofNullable(communities.get(community));
  }

  /**
   * The line of one street.
   *
   * @param street the street
   * @return its line, or empty if it had no items
   */
  public Optional<ReconciliationLine> street(StreetCode street) {
    return Optional.ofNullable(streets.get(street));
  }
}
