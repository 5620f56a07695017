package org.gridgov.rules.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.OptionalDouble;
import org.gridgov.core.evaluation.Kpi;
import org.gridgov.core.evaluation.KpiFigures;
import org.gridgov.rules.decision.ScoreWeight;

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
}
