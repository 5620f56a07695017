package org.gridgov.core.evaluation;

import java.util.Locale;
import org.gridgov.core.common.Messages;

/**
 * The measures by which the handling of work orders is evaluated. Each is computed from {@link
 * KpiCounts} by {@link KpiFigures#of(KpiCounts)}; the counts are defined on {@link KpiCounts}.
 */
public enum Kpi {
  /**
   * Closure rate (办结率): {@code closed / (due − suspended)}. The report's "1,242 formed, 975
   * resolved" is this rate with closed meaning 销号.
   */
  CLOSURE_RATE("办结率"),
  /** On-time closure rate (按期办结率): {@code closedOnTime / closed}. */
  ON_TIME_CLOSURE_RATE("按期办结率"),
  /**
   * Satisfaction rate (满意率): {@code (satisfied + basicallySatisfied) / rated}, over ratings, not
   * orders.
   */
  SATISFACTION_RATE("满意率"),
  /** Rework rate (返工率): {@code reworked / closed}, reworked meaning returned or reopened. */
  REWORK_RATE("返工率"),
  /**
   * Mean response time (平均响应时长): the mean of {@code accepted − dispatched} over every acceptance,
   * i.e. {@code totalResponseTime / responses}, in seconds.
   */
  MEAN_RESPONSE_TIME("平均响应时长");

  private final String chineseName;

  Kpi(String chineseName) {
    this.chineseName = chineseName;
  }

  /**
   * The name in a language, from governance-core's bundle.
   *
   * @param locale the reader's language
   * @return such as {@code 办结率} in Chinese, {@code closure rate} in English
   */
  public String displayName(Locale locale) {
    return Messages.domainName(locale, this);
  }

  /**
   * The name used in Chinese reports.
   *
   * @return such as {@code 办结率}
   */
  public String chineseName() {
    return chineseName;
  }
}
