package org.gridgov.rules.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import org.gridgov.core.evaluation.Kpi;
import org.gridgov.core.evaluation.KpiCounts;
import org.gridgov.core.evaluation.KpiFigures;
import org.gridgov.rules.decision.ScoreWeight;
import org.gridgov.rules.fact.KpiShortfall;

/** The grid score of {@link Evaluation}, as a pure function of figures and weights. */
final class GridScoreFormula {

  private GridScoreFormula() {}

  static OptionalDouble score(KpiFigures figures, List<ScoreWeight> weights) {
    double weighted = 0;
    long total = 0;
    for (ScoreWeight w : weights) {
      if (w.weight() == 0) {
        continue;
      }
      OptionalDouble v = value(figures, w);
      if (v.isPresent()) {
        weighted += w.weight() * v.getAsDouble();
        total += w.weight();
      }
    }
    if (total == 0) {
      return OptionalDouble.empty();
    }
    double raw = Math.min(100, Math.max(0, 100 * weighted / total));
    return OptionalDouble.of(
        BigDecimal.valueOf(raw).setScale(1, RoundingMode.HALF_UP).doubleValue());
  }

  private static OptionalDouble value(KpiFigures figures, ScoreWeight w) {
    OptionalDouble figure = figures.value(w.kpi());
    if (figure.isEmpty()) {
      return figure;
    }
    double f = figure.getAsDouble();
    if (w.kpi() == Kpi.REWORK_RATE) {
      return OptionalDouble.of(1 - f);
    }
    if (w.kpi() == Kpi.MEAN_RESPONSE_TIME) {
      return OptionalDouble.of(Math.max(0, 1 - f / (w.zeroAtHours() * 3600.0)));
    }
    return figure;
  }

  /**
   * The KPIs that cost some counts' score points under the weights, the costliest first: each
   * weighted figure present loses {@code 100 × weight × (1 − v) / Σ weight} points.
   */
  static List<KpiShortfall> shortfalls(KpiCounts counts, List<ScoreWeight> weights) {
    KpiFigures figures = counts.figures();
    long total = 0;
    for (ScoreWeight w : weights) {
      if (w.weight() > 0 && value(figures, w).isPresent()) {
        total += w.weight();
      }
    }
    List<KpiShortfall> shortfalls = new ArrayList<>();
    if (total == 0) {
      return shortfalls;
    }
    for (ScoreWeight w : weights) {
      OptionalDouble v = w.weight() > 0 ? value(figures, w) : OptionalDouble.empty();
      if (v.isEmpty()) {
        continue;
      }
      double lost = 100.0 * w.weight() * (1 - v.getAsDouble()) / total;
      if (lost >= 0.05) {
        int[] counted = counted(counts, w.kpi());
        shortfalls.add(new KpiShortfall(w.kpi(), counted[0], counted[1], Math.min(100, lost)));
      }
    }
    shortfalls.sort(Comparator.comparingDouble(KpiShortfall::pointsLost).reversed());
    return shortfalls;
  }

  /** The numerator and denominator behind a figure, as {@link KpiShortfall} describes them. */
  private static int[] counted(KpiCounts c, Kpi kpi) {
    return switch (kpi) {
      case CLOSURE_RATE -> new int[] {c.closed(), c.due() - c.suspended()};
      case ON_TIME_CLOSURE_RATE -> new int[] {c.closedOnTime(), c.closed()};
      case SATISFACTION_RATE -> new int[] {c.satisfied() + c.basicallySatisfied(), c.rated()};
      case REWORK_RATE -> new int[] {c.reworked(), c.closed()};
      case MEAN_RESPONSE_TIME -> new int[] {c.responses(), c.responses()};
    };
  }
}
