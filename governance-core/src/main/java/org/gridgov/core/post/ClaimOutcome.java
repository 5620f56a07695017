package org.gridgov.core.post;

import java.util.Locale;
import java.util.Objects;
import org.gridgov.core.common.Checks;
import org.gridgov.core.common.Describable;
import org.gridgov.core.common.Message;

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
   * @param text the reason in words, naming the post, in the reader's language
   */
  record Refused(ClaimRefusal reason, Message text) implements ClaimOutcome, Describable {

    /** Checks the fields. */
    public Refused {
      Objects.requireNonNull(reason, "a refusal has a reason");
      Objects.requireNonNull(text, "a refusal says why");
      Checks.text(text.render(Locale.ENGLISH), Checks.term("refusal.message"));
    }

    /**
     * A refusal whose message reads the same in every language.
     *
     * @param reason why
     * @param message the reason in words
     */
    public Refused(ClaimRefusal reason, String message) {
      this(reason, Message.text(Objects.requireNonNull(message, "message")));
    }

    /**
     * The reason in words, in English.
     *
     * @return the message
     */
    public String message() {
      return text.render(Locale.ENGLISH);
    }

    @Override
    public String describe(Locale locale) {
      return text.render(locale);
    }

    /**
     * Whether another refusal says the same: the same reason and the same English text, however it
     * was made (keyed or as plain words).
     */
    @Override
    public boolean equals(Object o) {
      return o instanceof Refused other
          && reason.equals(other.reason)
          && message().equals(other.message());
    }

    @Override
    public int hashCode() {
      return Objects.hash(reason, message());
    }

    @Override
    public boolean claimed() {
      return false;
    }
  }
}
