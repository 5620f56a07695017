package org.gridgov.core.workorder;

import java.util.Locale;
import java.util.Objects;
import org.gridgov.core.common.Checks;
import org.gridgov.core.common.Describable;
import org.gridgov.core.common.Message;

/**
 * Why a command on a work order was refused. A refusal is a business outcome, returned in a {@link
 * Transition.Refused}; the order is left exactly as it was.
 *
 * @param order the order the command was for
 * @param command the command that was refused
 * @param status the order's status at the time
 * @param reason the kind of refusal, for programs
 * @param text what went wrong, for people, in their language: in English such as {@code "order
 *     WO-17 cannot be accepted: it is REPORTED; accept needs DISPATCHED"}
 */
public record Refusal(
    WorkOrderId order,
    WorkOrderCommand command,
    WorkOrderStatus status,
    Reason reason,
    Message text)
    implements Describable {

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
    Objects.requireNonNull(text, "a refusal says why");
    Checks.text(text.render(Locale.ENGLISH), Checks.term("refusal.message"));
  }

  /**
   * A refusal whose message reads the same in every language.
   *
   * @param order the order the command was for
   * @param command the command that was refused
   * @param status the order's status at the time
   * @param reason the kind of refusal
   * @param message what went wrong
   */
  public Refusal(
      WorkOrderId order,
      WorkOrderCommand command,
      WorkOrderStatus status,
      Reason reason,
      String message) {
    this(order, command, status, reason, Message.text(Objects.requireNonNull(message, "message")));
  }

  /**
   * What went wrong, in English.
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
   * Whether another refusal says the same: the same order, command, status and reason and the same
   * English text, however it was made (keyed or as plain words).
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof Refusal other
        && order.equals(other.order)
        && command.equals(other.command)
        && status.equals(other.status)
        && reason.equals(other.reason)
        && message().equals(other.message());
  }

  @Override
  public int hashCode() {
    return Objects.hash(order, command, status, reason, message());
  }

  @Override
  public String toString() {
    return message();
  }
}
