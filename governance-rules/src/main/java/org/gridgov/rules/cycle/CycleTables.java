package org.gridgov.rules.cycle;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.gridgov.core.cycle.ProjectKind;
import org.gridgov.core.cycle.ProviderKind;
import org.gridgov.core.territory.CommunityKind;
import org.gridgov.rules.decision.AgendaFactor;
import org.gridgov.rules.decision.AgendaWeight;
import org.gridgov.rules.decision.MeetingCapacity;
import org.gridgov.rules.decision.ProjectTimeLimit;
import org.gridgov.rules.decision.ProviderOrder;

/**
 * What the list-cycle tables define: the order providers are asked in, the agenda weights, the
 * capacity of a meeting by kind of community, and the time limit of each project kind.
 *
 * @param providers the provider order, one row a kind at most
 * @param weights the agenda weights, one row a factor at most
 * @param capacities the meeting capacities, one for each kind of community
 * @param timeLimits the time limits, one for each project kind
 */
public record CycleTables(
    List<ProviderOrder> providers,
    List<AgendaWeight> weights,
    List<MeetingCapacity> capacities,
    List<ProjectTimeLimit> timeLimits) {

  /** Checks that each kind and factor has one row at most, and every kind a limit and capacity. */
  public CycleTables {
    providers = List.copyOf(providers);
    weights = List.copyOf(weights);
    capacities = List.copyOf(capacities);
    timeLimits = List.copyOf(timeLimits);
    once(providers.stream().map(ProviderOrder::provider).toList(), "provider kind");
    once(weights.stream().map(AgendaWeight::factor).toList(), "agenda factor");
    once(capacities.stream().map(MeetingCapacity::kind).toList(), "kind of community");
    once(timeLimits.stream().map(ProjectTimeLimit::kind).toList(), "project kind");
    for (ProjectKind kind : ProjectKind.values()) {
      if (timeLimits.stream().noneMatch(t -> t.kind() == kind)) {
        throw new IllegalStateException(
            "the project time-limit table gives every project kind a time limit, and "
                + kind
                + " has none");
      }
    }
    for (CommunityKind kind : CommunityKind.values()) {
      if (capacities.stream().noneMatch(c -> c.kind() == kind)) {
        throw new IllegalStateException(
            "the agenda table gives every kind of community a meeting capacity, and "
                + kind
                + " has none");
      }
    }
  }

  private static void once(List<?> keys, String what) {
    for (int i = 0; i < keys.size(); i++) {
      if (keys.indexOf(keys.get(i)) != i) {
        throw new IllegalStateException(
            "the list-cycle tables define each " + what + " once, and " + keys.get(i) + " twice");
      }
    }
  }

  /**
   * The rank of a kind of provider; kinds without a row come after all ranked ones.
   *
   * @param provider the kind
   * @return its row, if it has one
   */
  public Optional<ProviderOrder> order(ProviderKind provider) {
    return providers.stream().filter(p -> p.provider() == provider).findFirst();
  }

  /**
   * The weight of each factor; factors without a row weigh 0.
   *
   * @return the weights
   */
  public Map<AgendaFactor, Double> weightByFactor() {
    Map<AgendaFactor, Double> all = new EnumMap<>(AgendaFactor.class);
    for (AgendaFactor f : AgendaFactor.values()) {
      all.put(f, 0.0);
    }
    weights.forEach(w -> all.put(w.factor(), w.weight()));
    return all;
  }

  /**
   * The capacity of a meeting of a kind of community.
   *
   * @param kind the kind
   * @return its row
   */
  public MeetingCapacity capacity(CommunityKind kind) {
    Objects.requireNonNull(kind, "kind");
    return capacities.stream().filter(c -> c.kind() == kind).findFirst().orElseThrow();
  }

  /**
   * The time limit of a project kind.
   *
   * @param kind the kind
   * @return its row
   */
  public ProjectTimeLimit timeLimit(ProjectKind kind) {
    Objects.requireNonNull(kind, "kind");
    return timeLimits.stream().filter(t -> t.kind() == kind).findFirst().orElseThrow();
  }
}
