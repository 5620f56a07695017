package org.gridgov.core.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.gridgov.core.people.PersonId;
import org.gridgov.core.territory.CommunityCode;
import org.gridgov.core.territory.GridCode;
import org.junit.jupiter.api.Test;

class PostBoardTest {

  private static final GridCode GRID = CommunityCode.of("350111001001").grid(1);
  private static final ServicePostId RELIEF = ServicePostId.of("post-relief");
  private static final LocalDate DAY = LocalDate.of(2024, 7, 1);
  private static final PostBoard BOARD =
      PostBoard.of(List.of(new ServicePost(RELIEF, GRID, PostTypeCatalogue.HARDSHIP_RELIEF, 1)));

  @Test
  void recordsAClaimOfAPostWithRoom() {
    // when a person claims an empty post
    ClaimOutcome outcome = BOARD.claim(RELIEF, PersonId.of("p-1"), DAY);

    // then the claim is recorded on a new board
    assertThat(outcome).isInstanceOf(ClaimOutcome.Claimed.class);
    PostBoard board = ((ClaimOutcome.Claimed) outcome).board();
    assertThat(board.holders(RELIEF)).containsExactly(PersonId.of("p-1"));
    assertThat(board.vacancies(RELIEF)).isZero();
    assertThat(BOARD.holders(RELIEF)).isEmpty();
  }

  @Test
  void aPostCannotBeClaimedBeyondItsCapacity() {
    // given a post of one place already claimed
    PostBoard board = ((ClaimOutcome.Claimed) BOARD.claim(RELIEF, PersonId.of("p-1"), DAY)).board();

    // when another person claims it
    ClaimOutcome outcome = board.claim(RELIEF, PersonId.of("p-2"), DAY);

    // then the claim is refused because the post is full
    assertThat(outcome)
        .isEqualTo(
            new ClaimOutcome.Refused(
                ClaimRefusal.POST_FULL, "post post-relief is full: 1 of 1 held"));
  }

  @Test
  void noOneClaimsTheSamePostTwice() {
    // given a post of two places claimed by one person
    PostBoard board =
        PostBoard.of(List.of(new ServicePost(RELIEF, GRID, PostTypeCatalogue.HARDSHIP_RELIEF, 2)));
    board = ((ClaimOutcome.Claimed) board.claim(RELIEF, PersonId.of("p-1"), DAY)).board();

    // when the same person claims it again
    ClaimOutcome outcome = board.claim(RELIEF, PersonId.of("p-1"), DAY.plusDays(1));

    // then it is refused
    assertThat(outcome).isInstanceOf(ClaimOutcome.Refused.class);
    assertThat(((ClaimOutcome.Refused) outcome).reason()).isEqualTo(ClaimRefusal.ALREADY_CLAIMED);
  }

  @Test
  void refusesAClaimOfAPostNotOnTheBoard() {
    ClaimOutcome outcome = BOARD.claim(ServicePostId.of("post-x"), PersonId.of("p-1"), DAY);
    assertThat(((ClaimOutcome.Refused) outcome).reason()).isEqualTo(ClaimRefusal.UNKNOWN_POST);
  }

  @Test
  void aReleasedPlaceCanBeClaimedAgain() {
    // given a full post, when its holder is released
    PostBoard full = ((ClaimOutcome.Claimed) BOARD.claim(RELIEF, PersonId.of("p-1"), DAY)).board();
    PostBoard released = full.release(RELIEF, PersonId.of("p-1"));

    // then another person may claim it
    assertThat(released.claim(RELIEF, PersonId.of("p-2"), DAY).claimed()).isTrue();
  }

  @Test
  void aPostHasRoomForAtLeastOnePerson() {
    assertThatThrownBy(() -> new ServicePost(RELIEF, GRID, PostTypeCatalogue.HARDSHIP_RELIEF, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("one person or more");
  }
}
