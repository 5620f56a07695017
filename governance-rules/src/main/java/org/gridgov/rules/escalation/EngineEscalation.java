package org.gridgov.rules.escalation;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gridgov.core.lists.Category;
import org.gridgov.core.lists.Urgency;
import org.gridgov.core.workorder.Deadlines;
import org.gridgov.rules.GovernanceEngine;
import org.gridgov.rules.decision.Decision;
import org.gridgov.rules.decision.TimeLimit;
import org.gridgov.rules.fact.SlaQuery;

/** Escalation on a governance engine: the SLA table from its catalogue. */
final class EngineEscalation implements Escalation {

  /** Higher priority first; among equals, the first rule name, so that the choice is stable. */
  private static final Comparator<TimeLimit> MOST_SPECIFIC_FIRST =
      Comparator.comparingInt(TimeLimit::priority).reversed().thenComparing(TimeLimit::rule);

  private final GovernanceEngine engine;

  /** The time limits of the catalogue they were read from; replaced when the rules reload. */
  private volatile Limits limits;

  private record Key(String categoryCode, Urgency urgency) {}

  private record Limits(List<Decision> catalogue, Map<Key, TimeLimit> byKey) {}

  EngineEscalation(GovernanceEngine engine) {
    this.engine = Objects.requireNonNull(engine, "engine");
  }

  @Override
  public TimeLimit timeLimits(Category category, Urgency urgency) {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(urgency, "urgency");
    Map<Key, TimeLimit> byKey = limits().byKey();
    TimeLimit limit = byKey.get(new Key(category.code(), urgency));
    if (limit != null) {
      return limit;
    }
    TimeLimit any = byKey.get(new Key(SlaQuery.ANY_CATEGORY, urgency));
    if (any == null) {
      throw new IllegalStateException(
          "the SLA table has no time limit for category "
              + category
              + " at urgency "
              + urgency
              + ", nor a row for any category at that urgency");
    }
    return any.forCategory(category.code());
  }

  @Override
  public Deadlines deadlines(Category category, Urgency urgency, Instant dispatchedAt) {
    Objects.requireNonNull(dispatchedAt, "dispatchedAt");
    TimeLimit limit = timeLimits(category, urgency);
    return Deadlines.of(
        limit.accept().after(dispatchedAt, engine.calendar()),
        limit.resolve().after(dispatchedAt, engine.calendar()));
  }

  private Limits limits() {
    List<Decision> catalogue = engine.catalogue();
    Limits current = limits;
    if (current != null && current.catalogue() == catalogue) {
      return current;
    }
    Map<Key, TimeLimit> byKey = new HashMap<>();
    for (Decision d : catalogue) {
      if (d instanceof TimeLimit limit) {
        byKey.merge(
            new Key(limit.categoryCode(), limit.urgency()),
            limit,
            (a, b) -> MOST_SPECIFIC_FIRST.compare(a, b) <= 0 ? a : b);
      }
    }
    Limits fresh = new Limits(catalogue, Map.copyOf(byKey));
    limits = fresh;
    return fresh;
  }
}
