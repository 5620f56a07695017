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
import org.gridgov.rules.decision.GridServiceStar;
import org.gridgov.rules.decision.WeakGrid;

/**
 * The evaluation of a district in a quarter: the ledger lines with their KPIs, the grid scores, and
 * what the evaluation rules decided. Every list is in a stable order (by code, then by rule).
 *
 * @param quarter the quarter evaluated
 * @param grids the score of every grid of the territory and of every grid with orders, by grid code
 * @param communities the ledger line of each community with orders formed in the quarter
 * @param streets the ledger line of each street with orders formed in the quarter
 * @param pairedUnits for each paired unit, the sum of the ledger lines of the communities it is
 *     paired with (a unit without orders in its communities has an empty line)
 * @param weakGrids the weak grids, one entry per grid and reason
 * @param firstSecretaries the first secretaries recommended for weak grids, one per weak grid
 * @param stars the grid service stars, at most one per grid
 * @param compliance the findings on each community of the territory
 */
public record EvaluationReport(
    YearQuarter quarter,
    List<GridScore> grids,
    Map<CommunityCode, LedgerLine> communities,
    Map<StreetCode, LedgerLine> streets,
    Map<UnitId, LedgerLine> pairedUnits,
    List<WeakGrid> weakGrids,
    List<FirstSecretaryRecommendation> firstSecretaries,
    List<GridServiceStar> stars,
    List<ComplianceFinding> compliance) {

  /** Checks the fields and copies the collections, keeping their order. */
  public EvaluationReport {
    Objects.requireNonNull(quarter, "a report is of a quarter");
    grids = List.copyOf(grids);
    communities = Collections.unmodifiableMap(new LinkedHashMap<>(communities));
    streets = Collections.unmodifiableMap(new LinkedHashMap<>(streets));
    pairedUnits = Collections.unmodifiableMap(new LinkedHashMap<>(pairedUnits));
    weakGrids = List.copyOf(weakGrids);
    firstSecretaries = List.copyOf(firstSecretaries);
    stars = List.copyOf(stars);
    compliance = List.copyOf(compliance);
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
   * The star of one grid.
   *
   * @param grid the grid
   * @return its star, or empty if it has none this quarter
   */
  public Optional<GridServiceStar> star(GridCode grid) {
    return stars.stream().filter(s -> s.grid().equals(grid)).findFirst();
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
