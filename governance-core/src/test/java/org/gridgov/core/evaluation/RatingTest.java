package org.gridgov.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.gridgov.core.people.PersonId;
import org.junit.jupiter.api.Test;

class RatingTest {

  private static final PersonId RESIDENT = PersonId.of("resident-1");
  private static final Instant AT = Instant.parse("2024-05-01T02:00:00Z");

  @Test
  void anUnsatisfiedRatingClosesNothing() {
    assertThat(Rating.of(Satisfaction.UNSATISFIED, RESIDENT, AT).closes()).isFalse();
  }

  @Test
  void satisfiedAndBasicallySatisfiedRatingsClose() {
    assertThat(Rating.of(Satisfaction.SATISFIED, RESIDENT, AT).closes()).isTrue();
    assertThat(Rating.of(Satisfaction.BASICALLY_SATISFIED, "slow but done", RESIDENT, AT).closes())
        .isTrue();
  }

  @Test
  void aRatingWithoutACommentHasAnEmptyComment() {
    assertThat(Rating.of(Satisfaction.SATISFIED, RESIDENT, AT).comment()).isEmpty();
  }

  @Test
  void aBlankCommentIsRefused() {
    assertThatThrownBy(() -> new Rating(Satisfaction.SATISFIED, Optional.of("  "), RESIDENT, AT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a rating's comment must not be blank");
  }
}
