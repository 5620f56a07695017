package org.gridgov.core.post;

import java.util.Objects;
import org.gridgov.core.common.Checks;

/**
 * The outcome of a claim on a {@link PostBoard}: the board with the claim recorded, or a refusal
 * that says why.
 */
public sealed interface ClaimOutcome permits ClaimOutcome.Claimed, ClaimOutcome.Refused {

  /**
   * Whether the claim was recorded.
   *
   * @return true for {@link Claimed}
   */
  boolean claimed();

  /**
   * The claim was recorded.
   *
   * @param board the board with the claim
   * @param claim the claim recorded
   */
  record Claimed(PostBoard board, PostClaim claim) implements ClaimOutcome {

    /** Checks the fields. */
    public Claimed {
      Objects.requireNonNull(board, "a recorded claim comes with its board");
      Objects.requireNonNull(claim, "a recorded claim names the claim");
    }

    @Override
    public boolean claimed() {
      return true;
    }
  }

  /**
   * The claim was refused; the board is unchanged.
   *
   * @param reason why
   * @param message the reason in words, naming the post
   */
  record Refused(ClaimRefusal reason, String message) implements ClaimOutcome {

    /** Checks the fields. */
    public Refused {
      Objects.requireNonNull(reason, "a refusal has a reason");
      Checks.text(message, Checks.term("refusal.message"));
    }

    @Override
    public boolean claimed() {
      return false;
    }
  }
}
