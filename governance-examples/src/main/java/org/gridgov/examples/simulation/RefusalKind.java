package org.gridgov.examples.simulation;

import java.util.Comparator;
import java.util.Objects;
import org.gridgov.core.workorder.Refusal;
import org.gridgov.core.workorder.WorkOrderCommand;

/**
 * A kind of refused transition in a simulated year: the command an order refused and why.
 *
 * @param command the command refused
 * @param reason why it was refused
 */
public record RefusalKind(WorkOrderCommand command, Refusal.Reason reason)
    implements Comparable<RefusalKind> {

  private static final Comparator<RefusalKind> ORDER =
      Comparator.comparing(RefusalKind::command).thenComparing(RefusalKind::reason);

  /** Checks the fields. */
  public RefusalKind {
    Objects.requireNonNull(command, "a refusal kind names the command");
    Objects.requireNonNull(reason, "a refusal kind names the reason");
  }

  /**
   * The kind of a refusal.
   *
   * @param refusal the refusal
   * @return its command and reason
   */
  public static RefusalKind of(Refusal refusal) {
    return new RefusalKind(refusal.command(), refusal.reason());
  }

  /** Orders by command, then by reason, both in declaration order. */
  @Override
  public int compareTo(RefusalKind other) {
    return ORDER.compare(this, other);
  }

  /**
   * The kind in words.
   *
   * @return such as {@code "close refused: WRONG_STATUS"}
   */
  @Override
  public String toString() {
    return command.verb() + " refused: " + reason;
  }
}
