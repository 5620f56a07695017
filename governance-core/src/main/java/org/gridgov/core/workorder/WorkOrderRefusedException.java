package org.gridgov.core.workorder;

import java.util.Locale;
import java.util.Objects;
import org.gridgov.core.common.Describable;

/**
 * Thrown by {@link Transition#orElseThrow()} when a caller insists on a transition that was
 * refused. Prefer handling the {@link Transition.Refused} value; the exception is for callers that
 * know the command must be legal, such as tests and replays.
 */
public final class WorkOrderRefusedException extends RuntimeException implements Describable {

  private static final long serialVersionUID = 1L;

  private final transient Refusal refusal;

  /**
   * Makes the exception.
   *
   * @param refusal the refusal; its message becomes the exception's
   */
  public WorkOrderRefusedException(Refusal refusal) {
    super(Objects.requireNonNull(refusal, "refusal").message());
    this.refusal = refusal;
  }

  /**
   * The refusal.
   *
   * @return the refusal, or null if this exception was deserialised
   */
  public Refusal refusal() {
    return refusal;
  }

  @Override
  public String describe(Locale locale) {
    return refusal == null ? getMessage() : refusal.describe(locale);
  }
}
