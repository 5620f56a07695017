package org.gridgov.core.post;

import java.time.LocalDate;
import java.util.Objects;
import org.gridgov.core.people.PersonId;

/**
 * A person's claim (认领) of a service post.
 *
 * @param post the post claimed
 * @param person the person who claimed it
 * @param on the date of the claim
 */
public record PostClaim(ServicePostId post, PersonId person, LocalDate on) {

  /** Checks the fields. */
  public PostClaim {
    Objects.requireNonNull(post, "a claim names its post");
    Objects.requireNonNull(person, "the claim of post " + post + " names its person");
    Objects.requireNonNull(on, "the claim of post " + post + " has a date");
  }
}
