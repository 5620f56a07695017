package org.gridgov.rules.fact;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What a weak-grid finding rests on: the basis and volume it was judged on, the score the quarter
 * before, and the KPIs that pulled the score down, the costliest first.
 *
 * @param basis the basis the grid was judged on
 * @param dueOrders the orders judged: due in the quarter, or in the two quarters when pooled
 * @param previousScore the grid's score the quarter before, empty when it was not judged then
 * @param pulledDownBy the KPIs that cost the score points, the most points first
 */
public record WeakGridEvidence(
    JudgementBasis basis,
    int dueOrders,
    OptionalDouble previousScore,
    List<KpiShortfall> pulledDownBy) {

  /** Checks the fields and copies the list. */
  public WeakGridEvidence {
    Objects.requireNonNull(basis, "the evidence names the basis");
    if (dueOrders < 0) {
      throw new IllegalArgumentException("due orders are zero or more, got " + dueOrders);
    }
    Objects.requireNonNull(previousScore, "previousScore is OptionalDouble.empty() when none");
    pulledDownBy = List.copyOf(pulledDownBy);
  }

  /** Evidence of a grid that was not judged. */
  public static final WeakGridEvidence NONE =
      new WeakGridEvidence(JudgementBasis.NOT_ENOUGH, 0, OptionalDouble.empty(), List.of());
}
