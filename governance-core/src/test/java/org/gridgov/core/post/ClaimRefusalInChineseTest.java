package org.gridgov.core.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.gridgov.core.common.Messages;
import org.gridgov.core.people.PersonId;
import org.gridgov.core.territory.CommunityCode;
import org.gridgov.core.territory.GridCode;
import org.junit.jupiter.api.Test;

/** A refused claim of a post says why in Chinese, and is the same refusal as its English words. */
class ClaimRefusalInChineseTest {

  private static final GridCode GRID = CommunityCode.of("350111001001").grid(1);
  private static final ServicePostId RELIEF = ServicePostId.of("post-relief");
  private static final LocalDate DAY = LocalDate.of(2024, 7, 1);
  private static final PostBoard BOARD =
      PostBoard.of(List.of(new ServicePost(RELIEF, GRID, PostTypeCatalogue.HARDSHIP_RELIEF, 1)));

  @Test
  void aFullPostIsRefusedInChinese() {
    PostBoard board = ((ClaimOutcome.Claimed) BOARD.claim(RELIEF, PersonId.of("p-1"), DAY)).board();

    ClaimOutcome.Refused refused =
        (ClaimOutcome.Refused) board.claim(RELIEF, PersonId.of("p-2"), DAY);

    assertThat(refused.describe(Messages.CHINESE)).isEqualTo("岗位 post-relief 已满：1 个名额均已认领");
    assertThat(refused.message()).isEqualTo("post post-relief is full: 1 of 1 held");
    assertThat(refused)
        .isEqualTo(new ClaimOutcome.Refused(ClaimRefusal.POST_FULL, refused.message()))
        .hasSameHashCodeAs(new ClaimOutcome.Refused(ClaimRefusal.POST_FULL, refused.message()));
  }

  @Test
  void anUnknownPostIsRefusedInChinese() {
    ClaimOutcome.Refused refused =
        (ClaimOutcome.Refused) BOARD.claim(ServicePostId.of("post-none"), PersonId.of("p-1"), DAY);

    assertThat(refused.reason()).isEqualTo(ClaimRefusal.UNKNOWN_POST);
    assertThat(refused.describe(Messages.CHINESE)).isEqualTo("本岗位表中没有岗位 post-none");
  }
}
