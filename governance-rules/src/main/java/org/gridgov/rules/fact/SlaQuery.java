package org.gridgov.rules.fact;

import java.util.Objects;
import org.gridgov.core.lists.Category;
import org.gridgov.core.lists.Urgency;

/**
 * Asks the SLA table for the time limits of a category at an urgency. The escalation rules insert
 * one for every category of the catalogue and every urgency, plus one per urgency for {@link
 * #ANY_CATEGORY}, when the engine loads its rules; the rows of the table answer with {@link
 * org.gridgov.rules.decision.TimeLimit}s.
 *
 * <p>The fields are text so that the many rows of the table test them with hashed equality.
 *
 * @param categoryCode a category code, or {@link #ANY_CATEGORY}, which only rows for any category
 *     match
 * @param urgency the name of an {@link Urgency}
 */
public record SlaQuery(String categoryCode, String urgency) {

  /** The category code of a query for a category the table does not name. */
  public static final String ANY_CATEGORY = "*";

  /** Checks the fields. */
  public SlaQuery {
    Objects.requireNonNull(categoryCode, "categoryCode");
    Urgency.valueOf(Objects.requireNonNull(urgency, "urgency"));
  }

  /**
   * A query for a category.
   *
   * @param category the category
   * @param urgency the urgency
   * @return the query
   */
  public static SlaQuery of(Category category, Urgency urgency) {
    return new SlaQuery(category.code(), urgency.name());
  }

  /**
   * A query that only the rows for any category answer.
   *
   * @param urgency the urgency
   * @return the query
   */
  public static SlaQuery anyCategory(Urgency urgency) {
    return new SlaQuery(ANY_CATEGORY, urgency.name());
  }
}
