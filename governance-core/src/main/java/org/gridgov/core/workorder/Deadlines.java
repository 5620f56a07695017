package org.gridgov.core.workorder;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.gridgov.core.common.ValueRefusedException;

/**
 * The deadlines a work order carries from its dispatch: by when the subject must accept it and by
 * when it must be resolved. The caller sets them at dispatch from its time-limit rules (which count
 * Chinese working days); the work order only records them so that on-time closure can be judged.
 *
 * <p>Deadlines are <em>provisional</em> when they were counted across days the official holiday
 * schedule does not cover yet (the working calendar derived them from the holiday regulation); they
 * may move once that year's schedule is announced and loaded. The dispatch event carries the mark,
 * so that a host can show it and later recompute.
 *
 * @param acceptBy when acceptance is due, if there is such a deadline
 * @param resolveBy when resolution is due, if there is such a deadline; not before {@code acceptBy}
 * @param provisional whether they were counted across provisional days of the working calendar
 */
public record Deadlines(
    Optional<Instant> acceptBy, Optional<Instant> resolveBy, boolean provisional) {

  /** No deadlines. */
  public static final Deadlines NONE = new Deadlines(Optional.empty(), Optional.empty());

  /** Checks that both are given, maybe empty, and resolution is not due before acceptance. */
  public Deadlines {
    Objects.requireNonNull(acceptBy, "an accept-by deadline is required, maybe empty");
    Objects.requireNonNull(resolveBy, "a resolve-by deadline is required, maybe empty");
    if (acceptBy.isPresent() && resolveBy.isPresent() && resolveBy.get().isBefore(acceptBy.get())) {
      throw ValueRefusedException.of(
          "refused.Deadlines.resolveDeadlineNotBefore", acceptBy.get(), resolveBy.get());
    }
  }

  /**
   * Deadlines counted on official days only.
   *
   * @param acceptBy when acceptance is due, if there is such a deadline
   * @param resolveBy when resolution is due, if there is such a deadline; not before {@code
   *     acceptBy}
   */
  public Deadlines(Optional<Instant> acceptBy, Optional<Instant> resolveBy) {
    this(acceptBy, resolveBy, false);
  }

  /**
   * These deadlines, marked provisional or not.
   *
   * @param provisional whether they were counted across provisional days
   * @return the same instants with that mark
   */
  public Deadlines withProvisional(boolean provisional) {
    return provisional == this.provisional ? this : new Deadlines(acceptBy, resolveBy, provisional);
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
