package org.gridgov.rules.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.rules.evaluation.Districts.Q2;
import static org.gridgov.rules.evaluation.Districts.ZHANQIAN_1;
import static org.gridgov.rules.evaluation.Districts.ZHANQIAN_2;

import java.util.List;
import org.gridgov.core.people.PersonId;
import org.gridgov.core.territory.GridCode;
import org.gridgov.rules.GovernanceEngine;
import org.gridgov.rules.decision.GridServiceStar;
import org.gridgov.rules.fact.PostHolderSatisfaction;
import org.junit.jupiter.api.Test;

class StarRulesTest {

  private static final GovernanceEngine ENGINE = GovernanceEngine.builder().build();

  private static PostHolderSatisfaction holder(
      GridCode grid, String person, int number, int rated, double rate) {
    return new PostHolderSatisfaction(grid, Q2, PersonId.of(person), number, rated, rate);
  }

  private static List<GridServiceStar> stars(PostHolderSatisfaction... facts) {
    return ENGINE.decide(List.of(facts)).stream()
        .filter(GridServiceStar.class::isInstance)
        .map(GridServiceStar.class::cast)
        .toList();
  }

  @Test
  void theStarIsThePostHolderWithTheBestSatisfaction() {
    assertThat(
            stars(
                holder(ZHANQIAN_1, "p-chen", 1, 5, 0.8),
                holder(ZHANQIAN_1, "p-lin", 2, 4, 1.0),
                holder(ZHANQIAN_1, "p-wang", 3, 9, 0.9)))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.person()).isEqualTo(PersonId.of("p-lin"));
              assertThat(s.grid()).isEqualTo(ZHANQIAN_1);
              assertThat(s.rule())
                  .isEqualTo("the star is the post holder with the best satisfaction");
            });
  }

  @Test
  void aPostHolderWithFewerThanThreeRatedOrdersCannotBeTheStar() {
    assertThat(
            stars(holder(ZHANQIAN_1, "p-lin", 1, 2, 1.0), holder(ZHANQIAN_1, "p-wang", 2, 3, 0.5)))
        .singleElement()
        .satisfies(s -> assertThat(s.person()).isEqualTo(PersonId.of("p-wang")));
  }

  @Test
  void aGridWhoseHoldersHaveTooFewRatedOrdersHasNoStar() {
    assertThat(stars(holder(ZHANQIAN_1, "p-lin", 1, 2, 1.0))).isEmpty();
  }

  @Test
  void aTieGoesToMoreRatedOrdersThenToTheSmallerHolderNumber() {
    assertThat(
            stars(
                holder(ZHANQIAN_1, "p-a", 1, 4, 1.0),
                holder(ZHANQIAN_1, "p-b", 2, 6, 1.0),
                holder(ZHANQIAN_2, "p-c", 1, 5, 0.9),
                holder(ZHANQIAN_2, "p-d", 2, 5, 0.9)))
        .extracting(s -> s.person().value())
        .containsExactlyInAnyOrder("p-b", "p-c");
  }
}
