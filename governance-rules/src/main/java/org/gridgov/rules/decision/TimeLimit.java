package org.gridgov.rules.decision;

import java.util.Objects;
import org.gridgov.core.lists.Urgency;
import org.gridgov.rules.fact.SlaQuery;

/**
 * The time limits of a category at an urgency, as a row of the SLA table sets them: how long the
 * responsible subject has to accept a dispatched order (接单) and to resolve it.
 *
 * <p>Several rows may answer the same question (a row for the category and a row for any category
 * of the urgency); the one with the highest {@link #priority()} wins.
 *
 * @param categoryCode the category asked about, or {@link SlaQuery#ANY_CATEGORY} for a category the
 *     table does not name
 * @param urgency the urgency asked about
 * @param accept the time to accept, from dispatch
 * @param resolve the time to resolve, from dispatch
 * @param priority how specific the row is: higher wins; by convention 10 for a row naming its
 *     category and 0 for a row for any category
 * @param rule the row's rule name
 */
public record TimeLimit(
    String categoryCode,
    Urgency urgency,
    WorkingTime accept,
    WorkingTime resolve,
    int priority,
    String rule)
    implements Decision {

  /** Checks the fields. */
  public TimeLimit {
    Objects.requireNonNull(categoryCode, "categoryCode");
    Objects.requireNonNull(urgency, "urgency");
    Objects.requireNonNull(accept, "a time limit needs a time to accept");
    Objects.requireNonNull(resolve, "a time limit needs a time to resolve");
    Objects.requireNonNull(rule, "rule");
  }

  /**
   * Made by a row of the SLA table in answer to a query.
   *
   * @param query the question the row answers
   * @param accept the time to accept
   * @param resolve the time to resolve
   * @param priority how specific the row is
   * @param rule the row's rule name
   * @return the time limit
   */
  public static TimeLimit of(
      SlaQuery query, WorkingTime accept, WorkingTime resolve, int priority, String rule) {
    Objects.requireNonNull(query, "query");
    return new TimeLimit(
        query.categoryCode(), Urgency.valueOf(query.urgency()), accept, resolve, priority, rule);
  }

  /**
   * This limit as the answer for another category, for a category the table does not name.
   *
   * @param code the category code asked about
   * @return the same limits and rule, for that category
   */
  public TimeLimit forCategory(String code) {
    return new TimeLimit(code, urgency, accept, resolve, priority, rule);
  }
}
