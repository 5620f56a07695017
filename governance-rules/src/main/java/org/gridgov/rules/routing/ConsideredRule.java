package org.gridgov.rules.routing;

import java.util.Objects;
import org.gridgov.rules.fact.RoutingTarget;

/**
 * A rule that proposed a target for an order, and what became of its proposal: the structured form
 * of one line of a route's explanation, for a reader to render in their language.
 *
 * @param rule the stable name of the rule that made the proposal
 * @param target the kind of subject it proposed
 * @param priority the priority of its proposal; the highest wins
 * @param outcome whether it was chosen, and if not, why
 */
public record ConsideredRule(String rule, RoutingTarget target, int priority, Outcome outcome) {

  /** What became of a rule's proposal. */
  public enum Outcome {
    /** Its proposal won: the order went to the subject it named. */
    CHOSEN,
    /**
     * It outranked the chosen rule, but the district has no subject of its kind for this order (no
     * property company for the compound, no competent unit for the category, no helper free ...).
     */
    NO_SUBJECT,
    /** A proposal of higher priority (or, at equal priority, of an earlier rule name) won. */
    OUTRANKED
  }

  /** The English ending of a proposal the district had no subject for. */
  private static final String NO_SUBJECT_ENDING =
      ": the district has no such subject for this order";

  /** Checks the fields. */
  public ConsideredRule {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(outcome, "outcome");
  }

  /**
   * Whether its proposal won.
   *
   * @return true for the chosen rule
   */
  public boolean chosen() {
    return outcome == Outcome.CHOSEN;
  }

  /**
   * The proposal in the engine's English words, for logs and audits, such as {@code "autonomy
   * matters go to the community committee → COMMUNITY_COMMITTEE (10)"}, followed by {@code ": the
   * district has no such subject for this order"} when that is why it was passed over. A reader's
   * text is rendered from the fields, not from this line.
   *
   * @return the line
   */
  @Override
  public String toString() {
    return rule
        + " → "
        + target
        + " ("
        + priority
        + ")"
        + (outcome == Outcome.NO_SUBJECT ? NO_SUBJECT_ENDING : "");
  }
}
