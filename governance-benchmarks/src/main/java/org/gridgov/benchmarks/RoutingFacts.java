package org.gridgov.benchmarks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.gridgov.rules.decision.Decision;
import org.gridgov.rules.decision.RouteCandidate;
import org.gridgov.rules.fact.RoutingCase;
import org.gridgov.rules.fact.Topic;

/**
 * The facts the engine's routing inserts for a batch, for running the routing rules alone through
 * {@link org.gridgov.rules.GovernanceEngine#decide}: the orders' routing cases, and the capable
 * residents and volunteers of the communities that have hardship-relief or volunteer requests.
 */
public final class RoutingFacts {

  private static final Comparator<RouteCandidate> BEST_FIRST =
      Comparator.comparingInt(RouteCandidate::priority)
          .reversed()
          .thenComparing(RouteCandidate::rule);

  private RoutingFacts() {}

  /**
   * The facts of a batch.
   *
   * @param baseline where the people come from
   * @param cases the orders' routing cases
   * @return the facts
   */
  public static List<Object> of(BaselineRouting baseline, List<RoutingCase> cases) {
    List<Object> facts = new ArrayList<>(cases.size() + 256);
    Set<String> communities = new TreeSet<>();
    for (RoutingCase c : cases) {
      facts.add(c);
      if (c.topic() == Topic.HARDSHIP_RELIEF || c.topic() == Topic.VOLUNTEER_SERVICE) {
        communities.add(c.community());
      }
    }
    facts.addAll(baseline.personFacts(communities));
    return facts;
  }

  /**
   * The rule of the best proposal for each order: the highest priority, ties to the rule name that
   * sorts first.
   *
   * @param decisions what the rules decided
   * @return the winning rule by order id
   */
  public static Map<String, String> bestProposals(List<Decision> decisions) {
    Map<String, RouteCandidate> best = new HashMap<>();
    for (Decision d : decisions) {
      if (d instanceof RouteCandidate c) {
        best.merge(c.orderId(), c, (a, b) -> BEST_FIRST.compare(a, b) <= 0 ? a : b);
      }
    }
    Map<String, String> rules = new HashMap<>();
    best.forEach((id, c) -> rules.put(id, c.rule()));
    return rules;
  }
}
