package org.gridgov.examples.simulation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.gridgov.core.evaluation.Satisfaction;
import org.gridgov.rules.GovernanceEngine;
import org.gridgov.rules.decision.Decision;
import org.gridgov.rules.decision.RatingDecision;
import org.gridgov.rules.fact.RatedOrder;

/**
 * The engine's rules, with the rating rules' decisions reused for an equal case, for an {@link
 * org.gridgov.rules.evaluation.Evaluation#of evaluation} that rates many orders.
 *
 * <p>The rating rules see a rating through one {@link RatedOrder} fact: the order's id, which names
 * the order a decision is about, the satisfaction, the reopenings after the rating and whether the
 * order is supervised. Two ratings with the last three equal are the same case, and the rules,
 * which decide from their facts alone, make the same decision for it about another order; so the
 * rules fire once per case and rule set, and a decision reused is told to the engine's audit trail
 * as the routing memo does. Any other facts are decided by the engine as they come.
 *
 * <p>Used by one thread.
 */
final class RatingMemo implements Function<Collection<?>, List<Decision>> {

  /** A rating with the order's id aside. */
  private record Case(Satisfaction satisfaction, int reopeningsAfter, boolean supervised) {}

  private final GovernanceEngine engine;
  private final Map<Case, List<RatingDecision>> decided = new HashMap<>();
  private List<Decision> catalogue;

  /**
   * A memo over an engine's rules.
   *
   * @param engine the engine
   */
  RatingMemo(GovernanceEngine engine) {
    this.engine = engine;
  }

  @Override
  public List<Decision> apply(Collection<?> facts) {
    if (facts.size() != 1 || !(facts.iterator().next() instanceof RatedOrder rated)) {
      return engine.decide(facts);
    }
    List<Decision> rules = engine.catalogue();
    if (rules != catalogue) {
      decided.clear();
      catalogue = rules;
    }
    Case key = new Case(rated.satisfaction(), rated.reopeningsAfter(), rated.supervised());
    List<RatingDecision> known = decided.get(key);
    if (known == null) {
      List<Decision> fresh = engine.decide(facts);
      List<RatingDecision> ratings = new ArrayList<>();
      for (Decision d : fresh) {
        if (d instanceof RatingDecision r && r.order().equals(rated.order())) {
          ratings.add(r);
        }
      }
      if (ratings.size() == fresh.size() && engine.catalogue() == rules) {
        decided.put(key, List.copyOf(ratings));
      }
      return fresh;
    }
    List<Decision> again = new ArrayList<>(known.size());
    for (RatingDecision d : known) {
      again.add(new RatingDecision(rated.order(), d.outcome(), d.rule()));
    }
    if (engine.auditing()) {
      engine.auditReused(again);
    }
    return again;
  }
}
