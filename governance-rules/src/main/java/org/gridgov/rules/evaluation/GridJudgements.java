package org.gridgov.rules.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.gridgov.core.calendar.YearQuarter;
import org.gridgov.core.district.DistrictSnapshot;
import org.gridgov.core.evaluation.KpiCounts;
import org.gridgov.core.territory.CommunityCode;
import org.gridgov.core.territory.Grid;
import org.gridgov.core.territory.GridCode;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.rules.decision.Decision;
import org.gridgov.rules.decision.JudgedOn;
import org.gridgov.rules.decision.ScoreWeight;
import org.gridgov.rules.fact.GridVolume;
import org.gridgov.rules.fact.JudgementBasis;

/**
 * The grid scores of a quarter: the due orders counted per grid, the basis the minimum-volume table
 * decides for each grid, the score on that basis and its decile.
 */
final class GridJudgements {

  private GridJudgements() {}

  /**
   * The score of every grid of the territory and every grid with due orders.
   *
   * @param snapshot the district
   * @param due the orders due in the quarter
   * @param quarter the quarter
   * @param previous the scores of the quarter before, maybe none
   * @param weights the score weights
   * @param rules the rules that decide the basis
   * @return the scores, by grid code
   * @throws IllegalStateException if the table gives a grid no basis or more than one
   */
  static List<GridScore> scores(
      DistrictSnapshot snapshot,
      List<WorkOrder> due,
      YearQuarter quarter,
      List<GridScore> previous,
      List<ScoreWeight> weights,
      Function<java.util.Collection<?>, List<Decision>> rules) {
    Map<GridCode, KpiCounts> dueBy = new HashMap<>();
    for (WorkOrder o : due) {
      dueBy.merge(o.grid(), o.kpiCounts(), KpiCounts::plus);
    }
    Map<GridCode, KpiCounts> before = new HashMap<>();
    for (GridScore s : previous) {
      before.put(s.grid(), s.due());
    }
    Set<GridCode> grids = new TreeSet<>(Comparator.comparing(GridCode::value));
    for (Grid g : snapshot.territory().grids()) {
      grids.add(g.code());
    }
    grids.addAll(dueBy.keySet());
    Map<CommunityCode, Integer> community = new HashMap<>();
    dueBy.forEach((g, c) -> community.merge(g.community(), c.due(), Integer::sum));

    List<Object> facts = new ArrayList<>();
    for (GridCode g : grids) {
      int now = dueBy.getOrDefault(g, KpiCounts.ZERO).due();
      int then = before.getOrDefault(g, KpiCounts.ZERO).due();
      facts.add(
          new GridVolume(
              g,
              g.community(),
              quarter,
              now,
              now + then,
              community.getOrDefault(g.community(), 0)));
    }
    Map<GridCode, JudgementBasis> basis = bases(rules.apply(facts), grids);

    Map<GridCode, KpiCounts> judged = new LinkedHashMap<>();
    Map<GridCode, OptionalDouble> score = new LinkedHashMap<>();
    List<Double> scored = new ArrayList<>();
    for (GridCode g : grids) {
      KpiCounts now = dueBy.getOrDefault(g, KpiCounts.ZERO);
      JudgementBasis b = basis.get(g);
      KpiCounts on =
          b == JudgementBasis.TWO_QUARTERS ? now.plus(before.getOrDefault(g, KpiCounts.ZERO)) : now;
      OptionalDouble s =
          b.judgesTheGrid() && now.due() > 0
              ? GridScoreFormula.score(on.figures(), weights)
              : OptionalDouble.empty();
      judged.put(g, on);
      score.put(g, s);
      s.ifPresent(scored::add);
    }
    double best = scored.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    double[] sorted = scored.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    List<GridScore> result = new ArrayList<>();
    for (GridCode g : grids) {
      OptionalDouble s = score.get(g);
      int decile = 0;
      boolean bottom = false;
      if (s.isPresent()) {
        double mine = s.getAsDouble();
        long below = lowerThan(sorted, mine);
        decile = (int) (1 + (10 * below) / sorted.length);
        bottom = decile == 1 && mine < best;
      }
      result.add(
          new GridScore(
              g,
              dueBy.getOrDefault(g, KpiCounts.ZERO),
              basis.get(g),
              judged.get(g),
              s,
              decile,
              bottom));
    }
    return result;
  }

  /** How many of the sorted values are below a value. */
  private static long lowerThan(double[] sorted, double value) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static Map<GridCode, JudgementBasis> bases(
      List<Decision> decisions, Set<GridCode> grids) {
    Map<GridCode, List<JudgedOn>> byGrid = new HashMap<>();
    for (Decision d : decisions) {
      if (d instanceof JudgedOn j) {
        byGrid.computeIfAbsent(j.grid(), k -> new ArrayList<>()).add(j);
      }
    }
    Map<GridCode, JudgementBasis> basis = new HashMap<>();
    for (GridCode g : grids) {
      List<JudgedOn> found = byGrid.getOrDefault(g, List.of());
      if (found.size() != 1) {
        throw new IllegalStateException(
            "the judgement-basis table gives every grid exactly one basis, gave grid "
                + g
                + (found.isEmpty()
                    ? " none"
                    : " " + found.stream().map(j -> j.basis() + " by '" + j.rule() + "'").toList())
                + "; keep the rows' ranges apart and leave no gap");
      }
      basis.put(g, found.get(0).basis());
    }
    return basis;
  }
}
