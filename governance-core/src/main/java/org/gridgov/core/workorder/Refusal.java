package org.gridgov.core.workorder;

import java.util.Objects;
import org.gridgov.core.common.Checks;

/**
 * Why a command on a work order was refused. A refusal is a business outcome, returned in a {@link
 * Transition.Refused}; the order is left exactly as it was.
 *
 * @param order the order the command was for
 * @param command the command that was refused
 * @param status the order's status at the time
 * @param reason the kind of refusal, for programs
 * @param message what went wrong, for people, such as {@code "order WO-17 cannot be accepted: it is
 *     REPORTED; accept needs DISPATCHED"}
 */
public record Refusal(
    WorkOrderId order,
    WorkOrderCommand command,
    WorkOrderStatus status,
    Reason reason,
    String message) {

  /** The kinds of refusal. */
  public enum Reason {
    /** The command is not legal from the order's status. */
    WRONG_STATUS,
    /** The command's time is before the time of the order's last event. */
    BEFORE_LAST_EVENT,
    /** An escalation would not raise the level: escalation never goes down or stays put. */
    NOT_A_HIGHER_LEVEL,
    /** The order is already supervised. */
    ALREADY_SUPERVISED
  }

  /** Checks that every component is present. */
  public Refusal {
    Objects.requireNonNull(order, "a refusal names the order");
    Objects.requireNonNull(command, "a refusal names the command");
    Objects.requireNonNull(status, "a refusal names the order's status");
    Objects.requireNonNull(reason, "a refusal has a reason");
    Checks.text(message, Checks.term("refusal.message"));
  }

  @Override
  public String toString() {
    return message;
  }
}
