package org.gridgov.rules.decision;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.gridgov.rules.fact.RoutingCase;
import org.gridgov.rules.fact.RoutingTarget;

/**
 * A routing rule's proposal for an order: a target, a priority, whom else to inform and whether to
 * act at once. Several rules may propose for one order; the engine keeps the proposal with the
 * highest priority, ties going to the rule whose name sorts first, and names the others in its
 * explanation.
 *
 * @param orderId the order
 * @param target whom the order goes to
 * @param priority higher wins
 * @param informed whom else to inform, possibly nobody
 * @param immediate whether the target acts at once, without waiting for acceptance
 * @param rule the rule that proposed it
 */
public record RouteCandidate(
    String orderId,
    RoutingTarget target,
    int priority,
    Set<RoutingTarget> informed,
    boolean immediate,
    String rule)
    implements Decision {

  /** Checks the fields and copies the informed targets. */
  public RouteCandidate {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(target, "target");
    informed = informed.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(informed));
    Objects.requireNonNull(rule, "rule");
  }

  /**
   * A proposal as the routing table writes it.
   *
   * @param routingCase the order
   * @param target the target
   * @param priority the priority
   * @param informed the targets to inform, joined by {@code +}, or {@code none}
   * @param timing {@code immediately} to act at once, or {@code normally}
   * @param rule the rule's name
   * @return the proposal
   * @throws IllegalArgumentException if {@code informed} names no target or {@code timing} is
   *     neither word
   */
  public static RouteCandidate of(
      RoutingCase routingCase,
      RoutingTarget target,
      int priority,
      String informed,
      String timing,
      String rule) {
    EnumSet<RoutingTarget> also = EnumSet.noneOf(RoutingTarget.class);
    String list = informed.strip();
    if (!list.equalsIgnoreCase("none")) {
      for (String t : list.split("\\+")) {
        also.add(RoutingTarget.valueOf(t.strip().toUpperCase(Locale.ROOT)));
      }
    }
    boolean now =
        switch (timing.strip().toLowerCase(Locale.ROOT)) {
          case "immediately" -> true;
          case "normally" -> false;
          default ->
              throw new IllegalArgumentException(
                  "timing is \"immediately\" or \"normally\", got \""
                      + timing
                      + "\" in rule "
                      + rule);
        };
    return new RouteCandidate(routingCase.orderId(), target, priority, also, now, rule);
  }
}
