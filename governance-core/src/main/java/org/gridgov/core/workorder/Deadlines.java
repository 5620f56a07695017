package org.gridgov.core.workorder;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The deadlines a work order carries from its dispatch: by when the subject must accept it and by
 * when it must be resolved. The caller sets them at dispatch from its time-limit rules (which count
 * Chinese working days); the work order only records them so that on-time closure can be judged.
 *
 * @param acceptBy when acceptance is due, if there is such a deadline
 * @param resolveBy when resolution is due, if there is such a deadline; not before {@code acceptBy}
 */
public record Deadlines(Optional<Instant> acceptBy, Optional<Instant> resolveBy) {

  /** No deadlines. */
  public static final Deadlines NONE = new Deadlines(Optional.empty(), Optional.empty());

  /** Checks that both are given, maybe empty, and resolution is not due before acceptance. */
  public Deadlines {
    Objects.requireNonNull(acceptBy, "an accept-by deadline is required, maybe empty");
    Objects.requireNonNull(resolveBy, "a resolve-by deadline is required, maybe empty");
    if (acceptBy.isPresent() && resolveBy.isPresent() && resolveBy.get().isBefore(acceptBy.get())) {
      throw new IllegalArgumentException(
          "a resolve-by deadline is not before the accept-by deadline "
              + acceptBy.get()
              + ", got "
              + resolveBy.get());
    }
  }

  /**
   * Both deadlines.
   *
   * @param acceptBy when acceptance is due
   * @param resolveBy when resolution is due, not before {@code acceptBy}
   * @return the deadlines
   */
  public static Deadlines of(Instant acceptBy, Instant resolveBy) {
    return new Deadlines(Optional.of(acceptBy), Optional.of(resolveBy));
  }

  /**
   * Only a resolve-by deadline.
   *
   * @param resolveBy when resolution is due
   * @return the deadlines
   */
  public static Deadlines resolveBy(Instant resolveBy) {
    return new Deadlines(Optional.empty(), Optional.of(resolveBy));
  }

  /**
   * Whether a resolution at the given time meets the resolve-by deadline.
   *
   * @param resolvedAt when the order was resolved
   * @return true if there is a resolve-by deadline and the time is not after it
   */
  public boolean resolvedOnTime(Instant resolvedAt) {
    return resolveBy.map(by -> !resolvedAt.isAfter(by)).orElse(false);
  }
}
