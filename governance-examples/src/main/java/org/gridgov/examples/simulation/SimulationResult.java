package org.gridgov.examples.simulation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.gridgov.core.calendar.YearQuarter;
import org.gridgov.core.district.DistrictSnapshot;
import org.gridgov.core.evaluation.KpiFigures;
import org.gridgov.core.territory.GridCode;
import org.gridgov.core.workorder.EscalationLevel;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.rules.decision.FirstSecretaryRecommendation;
import org.gridgov.rules.decision.FirstSecretaryReview;
import org.gridgov.rules.decision.GridServiceStar;
import org.gridgov.rules.decision.WeakGrid;
import org.gridgov.rules.decision.WeakGridReason;
import org.gridgov.rules.evaluation.EvaluationReport;
import org.gridgov.rules.evaluation.RoleKpiLine;
import org.gridgov.rules.evaluation.RoleKpis;

/**
 * What a simulated year leaves behind.
 *
 * @param orders every order formed in the year, as it stands at the end of the year, in the order
 *     reported, when the simulation was asked to keep them ({@link
 *     YearSimulation#keepingOrders()}); empty otherwise, as the year is reported from its ledger
 * @param ledger the ledger of the orders formed in the year, in counts
 * @param escalationsByLevel how many escalations went to each level; every level is a key
 * @param figures the district's KPI figures, from the ledger's total counts
 * @param meetings the joint meetings and consultation meetings held in the year
 * @param meetingFigures what those meetings did
 * @param quarters the evaluation of each quarter of the year, in order, by the evaluation rules
 * @param refusals how many transitions of each kind the orders refused; only kinds that occurred
 *     are keys, in the order of {@link RefusalKind}
 * @param listCycle the list cycle's ledger and period at the end of the run, when the simulation
 *     ran it ({@link YearSimulation#withListCycle(CycleParameters)}); empty otherwise
 */
public record SimulationResult(
    Optional<List<WorkOrder>> orders,
    YearLedger ledger,
    Map<EscalationLevel, Integer> escalationsByLevel,
    KpiFigures figures,
    DistrictSnapshot.Meetings meetings,
    MeetingFigures meetingFigures,
    List<EvaluationReport> quarters,
    Map<RefusalKind, Integer> refusals,
    Optional<ListCycleOutcome> listCycle) {

  /** Checks the fields and copies the collections. */
  public SimulationResult {
    orders =
        Objects.requireNonNull(orders, "orders are Optional.empty() when not kept")
            .map(List::copyOf);
    Objects.requireNonNull(ledger, "a simulation result has a ledger");
    if (orders.isPresent() && orders.get().size() != ledger.total().formed()) {
      throw new IllegalArgumentException(
          "the orders kept are those of the ledger, got "
              + orders.get().size()
              + " orders and "
              + ledger.total().formed()
              + " formed");
    }
    EnumMap<EscalationLevel, Integer> levels = new EnumMap<>(EscalationLevel.class);
    for (EscalationLevel level : EscalationLevel.values()) {
      levels.put(level, escalationsByLevel.getOrDefault(level, 0));
    }
    escalationsByLevel = Collections.unmodifiableMap(levels);
    Objects.requireNonNull(figures, "a simulation result has KPI figures");
    Objects.requireNonNull(meetings, "a simulation result has its meetings, maybe none");
    Objects.requireNonNull(meetingFigures, "a simulation result has its meeting figures");
    quarters = List.copyOf(quarters);
    Objects.requireNonNull(listCycle, "the list cycle is Optional.empty() when not run");
    TreeMap<RefusalKind, Integer> kinds = new TreeMap<>();
    refusals.forEach(
        (kind, n) -> {
          if (n <= 0) {
            throw new IllegalArgumentException(
                "a refusal kind is listed when it occurred, got " + n + " of " + kind);
          }
          kinds.put(kind, n);
        });
    refusals = Collections.unmodifiableMap(kinds);
  }

  /**
   * The escalations of the year at every level together.
   *
   * @return the number of escalations
   */
  public int escalations() {
    return escalationsByLevel.values().stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * The transitions refused in the year, of every kind together.
   *
   * @return the number of refusals
   */
  public int refusalCount() {
    return refusals.values().stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * The grids found weak in some quarter, one line per grid, the lowest score first (then by grid
   * code).
   *
   * @return the lines
   */
  public List<WeakGridLine> weakGrids() {
    record Found(Set<YearQuarter> quarters, Set<WeakGridReason> reasons, double[] lowest) {}
    Map<GridCode, Found> byGrid = new LinkedHashMap<>();
    Map<GridCode, Optional<String>> secretaries = new LinkedHashMap<>();
    Set<GridCode> serving = new HashSet<>();
    for (EvaluationReport q : quarters) {
      for (WeakGrid w : q.weakGrids()) {
        Found f =
            byGrid.computeIfAbsent(
                w.grid(),
                g ->
                    new Found(
                        new TreeSet<>(),
                        EnumSet.noneOf(WeakGridReason.class),
                        new double[] {Double.MAX_VALUE}));
        f.quarters().add(w.quarter());
        f.reasons().add(w.reason());
        f.lowest()[0] = Math.min(f.lowest()[0], w.score());
      }
      for (FirstSecretaryRecommendation r : q.firstSecretaries()) {
        secretaries.put(
            r.grid(), r.unit().isPresent() ? Optional.of(r.unitName()) : Optional.empty());
        serving.remove(r.grid());
      }
      for (FirstSecretaryReview r : q.firstSecretaryReviews()) {
        secretaries.put(r.grid(), Optional.of(r.unitName()));
        serving.add(r.grid());
      }
    }
    List<WeakGridLine> lines = new ArrayList<>();
    byGrid.forEach(
        (grid, f) ->
            lines.add(
                new WeakGridLine(
                    grid,
                    List.copyOf(f.quarters()),
                    List.copyOf(f.reasons()),
                    f.lowest()[0],
                    secretaries.getOrDefault(grid, Optional.empty()),
                    serving.contains(grid))));
    lines.sort(
        Comparator.comparingDouble(WeakGridLine::lowestScore).thenComparing(l -> l.grid().value()));
    return List.copyOf(lines);
  }

  /**
   * The weak-grid findings of the year: one per grid, quarter and reason.
   *
   * @return the findings of every quarter, in quarter order
   */
  public List<WeakGrid> weakGridFindings() {
    return quarters.stream().flatMap(q -> q.weakGrids().stream()).toList();
  }

  /**
   * The grid service stars (网格服务之星) of the year, one per grid and quarter at most.
   *
   * @return the stars of every quarter, in quarter order
   */
  public List<GridServiceStar> stars() {
    return quarters.stream().flatMap(q -> q.stars().stream()).toList();
  }

  /**
   * The role KPIs (岗位考核指标) of the year: those of each quarter's due orders, added up per role and
   * subject.
   *
   * @return one line per role and subject, handlers first
   */
  public List<RoleKpiLine> roleKpis() {
    List<RoleKpiLine> all = new ArrayList<>();
    quarters.forEach(q -> all.addAll(q.roles()));
    return RoleKpis.sum(all);
  }
}
