package org.gridgov.rules.evaluation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.gridgov.core.calendar.YearQuarter;
import org.gridgov.core.organisation.UnitId;
import org.gridgov.core.territory.CommunityCode;
import org.gridgov.core.territory.GridCode;
import org.gridgov.core.territory.StreetCode;
import org.gridgov.core.workorder.LedgerLine;
import org.gridgov.rules.decision.ComplianceFinding;
import org.gridgov.rules.decision.FirstSecretaryRecommendation;
import org.gridgov.rules.decision.FirstSecretaryReview;
import org.gridgov.rules.decision.GridServiceStar;
import org.gridgov.rules.decision.WeakGrid;

/**
 * The evaluation of a district in a quarter: the ledger lines of the orders due in it with their
 * KPIs, the grid scores, the role KPIs and what the evaluation rules decided. Every list is in a
 * stable order (by code, then by rule).
 *
 * @param quarter the quarter evaluated
 * @param grids the score of every grid of the territory and of every grid with orders, by grid code
 * @param communities the ledger line of each community with orders due in the quarter
 * @param streets the ledger line of each street with orders due in the quarter
 * @param pairedUnits for each paired unit, the sum of the ledger lines of the communities it is
 *     paired with (a unit without orders in its communities has an empty line)
 * @param weakGrids the weak grids, one entry per grid and reason
 * @param firstSecretaries the first secretaries recommended for weak grids without one, one per
 *     weak grid
 * @param firstSecretaryReviews the reviews of the first secretaries already serving weak grids
 * @param stars the grid service stars, within the caps per community
 * @param compliance the findings on each community of the territory
 * @param roles the role KPIs of the orders due in the quarter, per role and subject
 */
public record EvaluationReport(
    YearQuarter quarter,
    List<GridScore> grids,
    Map<CommunityCode, LedgerLine> communities,
    Map<StreetCode, LedgerLine> streets,
    Map<UnitId, LedgerLine> pairedUnits,
    List<WeakGrid> weakGrids,
    List<FirstSecretaryRecommendation> firstSecretaries,
    List<FirstSecretaryReview> firstSecretaryReviews,
    List<GridServiceStar> stars,
    List<ComplianceFinding> compliance,
    List<RoleKpiLine> roles) {

  /** Checks the fields and copies the collections, keeping their order. */
  public EvaluationReport {
    Objects.requireNonNull(quarter, "a report is of a quarter");
    grids = List.copyOf(grids);
    communities = Collections.unmodifiableMap(new LinkedHashMap<>(communities));
    streets = Collections.unmodifiableMap(new LinkedHashMap<>(streets));
    pairedUnits = Collections.unmodifiableMap(new LinkedHashMap<>(pairedUnits));
    weakGrids = List.copyOf(weakGrids);
    firstSecretaries = List.copyOf(firstSecretaries);
    firstSecretaryReviews = List.copyOf(firstSecretaryReviews);
    stars = List.copyOf(stars);
    compliance = List.copyOf(compliance);
    roles = List.copyOf(roles);
  }

  /**
   * The score of one grid.
   *
   * @param grid the grid
   * @return its score line, or empty if the report does not know the grid
   */
  public Optional<GridScore> grid(GridCode grid) {
    return grids.stream().filter(g -> g.grid().equals(grid)).findFirst();
  }

  /**
   * The stars of one community.
   *
   * @param community the community
   * @return its stars this quarter, best ranked first; none if it has none
   */
  public List<GridServiceStar> stars(CommunityCode community) {
    return stars.stream()
        .filter(s -> s.community().equals(community))
        .sorted(java.util.Comparator.comparingInt(GridServiceStar::rank))
        .toList();
  }

  /**
   * The findings on one community.
   *
   * @param community the community
   * @return its findings, possibly none if the report does not know the community
   */
  public List<ComplianceFinding> compliance(CommunityCode community) {
    return compliance.stream().filter(f -> f.community().equals(community)).toList();
  }
}
