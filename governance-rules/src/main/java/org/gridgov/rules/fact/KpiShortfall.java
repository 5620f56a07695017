package org.gridgov.rules.fact;

import java.util.Locale;
import java.util.Objects;
import org.gridgov.core.common.Describable;
import org.gridgov.core.common.Message;
import org.gridgov.core.common.Messages;
import org.gridgov.core.evaluation.Kpi;
import org.gridgov.rules.RuleProblem;

/**
 * What one KPI cost a grid's score: the counts behind the figure and the points lost against a
 * perfect figure.
 *
 * @param kpi the measure
 * @param count the figure's numerator: closed, closed on time, satisfied ratings, reworked orders;
 *     for the mean response time, the responses
 * @param of the figure's denominator: due and not suspended, closed, rated, closed; for the mean
 *     response time, the responses again
 * @param pointsLost the points of 100 the score lost to this figure, above 0
 */
public record KpiShortfall(Kpi kpi, int count, int of, double pointsLost) implements Describable {

  /** Checks the fields. */
  public KpiShortfall {
    Objects.requireNonNull(kpi, "a shortfall names its KPI");
    if (count < 0 || of < count) {
      throw new IllegalArgumentException(
          "a shortfall of " + kpi + " counts 0 to " + of + ", got " + count + " of " + of);
    }
    if (!(pointsLost > 0 && pointsLost <= 100)) {
      throw new IllegalArgumentException(
          "a shortfall of " + kpi + " loses more than 0 and at most 100 points, got " + pointsLost);
    }
  }

  /**
   * The shortfall in words, such as {@code 按期办结率 2/5 (-12.0)}, whatever the reader's language.
   *
   * @return the KPI's Chinese name, the counts and the points lost
   */
  public String describe() {
    return kpi.chineseName() + " " + count + "/" + of + " (-" + points() + ")";
  }

  /**
   * The shortfall in a language, from governance-rules' bundle ({@code shortfall}), such as {@code
   * on-time closure rate 2/5 (-12.0)} or {@code 按期办结率 2/5（-12.0）}.
   *
   * @param locale the reader's language
   * @return the KPI's name in it, the counts and the points lost
   */
  @Override
  public String describe(Locale locale) {
    return Message.of(
            RuleProblem.MESSAGES,
            "shortfall",
            Message.of(Messages.CORE, "Kpi." + kpi.name()),
            count,
            of,
            points())
        .render(locale);
  }

  private String points() {
    return String.valueOf(Math.round(pointsLost * 10) / 10.0);
  }
}
