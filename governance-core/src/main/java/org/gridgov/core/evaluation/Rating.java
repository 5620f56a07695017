package org.gridgov.core.evaluation;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.gridgov.core.common.Checks;
import org.gridgov.core.common.PersonalDataMask;
import org.gridgov.core.people.PersonId;

/**
 * A resident's rating of a resolved matter (评单). A rating with {@link Satisfaction#UNSATISFIED}
 * closes nothing: the work order it is given on is reopened.
 *
 * @param satisfaction the verdict
 * @param comment what the resident said, if anything; never null, empty when nothing was said, and
 *     never blank when present
 * @param ratedBy the resident who rated
 * @param ratedAt when the rating was given
 */
public record Rating(
    Satisfaction satisfaction, Optional<String> comment, PersonId ratedBy, Instant ratedAt) {

  /** Checks that every component is present and a comment, if any, is not blank. */
  public Rating {
    Objects.requireNonNull(satisfaction, "a rating needs a satisfaction");
    Objects.requireNonNull(comment, "a rating's comment is Optional.empty() when there is none");
    comment.ifPresent(c -> Checks.text(c, Checks.term("ratingComment")));
    Objects.requireNonNull(ratedBy, "a rating needs the person who rated");
    Objects.requireNonNull(ratedAt, "a rating needs the time it was given");
  }

  /**
   * A rating without a comment.
   *
   * @param satisfaction the verdict
   * @param ratedBy the resident who rated
   * @param ratedAt when
   * @return the rating
   */
  public static Rating of(Satisfaction satisfaction, PersonId ratedBy, Instant ratedAt) {
    return new Rating(satisfaction, Optional.empty(), ratedBy, ratedAt);
  }

  /**
   * A rating with a comment.
   *
   * @param satisfaction the verdict
   * @param comment what the resident said, not blank
   * @param ratedBy the resident who rated
   * @param ratedAt when
   * @return the rating
   */
  public static Rating of(
      Satisfaction satisfaction, String comment, PersonId ratedBy, Instant ratedAt) {
    return new Rating(satisfaction, Optional.of(comment), ratedBy, ratedAt);
  }

  /**
   * Whether this rating lets the order be closed; an unsatisfied rating reopens it instead.
   *
   * @return true unless the resident was unsatisfied
   */
  public boolean closes() {
    return satisfaction.isSatisfied();
  }

  /**
   * The components, with any phone or ID number in the comment masked.
   *
   * @return such as the default record text, masked by {@link PersonalDataMask#describe(Record)}
   */
  @Override
  public String toString() {
    return PersonalDataMask.describe(this);
  }
}
