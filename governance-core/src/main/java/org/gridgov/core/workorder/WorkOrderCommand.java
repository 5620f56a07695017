package org.gridgov.core.workorder;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridgov.core.common.Message;
import org.gridgov.core.common.Messages;

/**
 * The things that can be done to a work order once it is reported, each with the statuses it is
 * legal from. This enum is the transition table of {@link WorkOrderStatus}; {@link WorkOrder}
 * checks every command against it.
 */
public enum WorkOrderCommand {
  /** 派单: send the order to a responsible subject. */
  DISPATCH(
      "dispatch", "dispatched", EnumSet.of(WorkOrderStatus.REPORTED, WorkOrderStatus.RETURNED)),
  /** 接单: the subject takes the order on. */
  ACCEPT("accept", "accepted", EnumSet.of(WorkOrderStatus.DISPATCHED)),
  /** Work starts, or starts again after an unsatisfied rating. */
  START("start", "started", EnumSet.of(WorkOrderStatus.ACCEPTED, WorkOrderStatus.REOPENED)),
  /** The subject reports the matter resolved. */
  RESOLVE("resolve", "resolved", EnumSet.of(WorkOrderStatus.IN_PROGRESS)),
  /** 评单: the resident rates the resolution. */
  RATE("rate", "rated", EnumSet.of(WorkOrderStatus.RESOLVED)),
  /** 销号: the order is closed in the ledger. */
  CLOSE("close", "closed", EnumSet.of(WorkOrderStatus.RATED, WorkOrderStatus.RESOLVED)),
  /** 退单: the subject sends the order back as not theirs. */
  RETURN("return", "returned", EnumSet.of(WorkOrderStatus.DISPATCHED, WorkOrderStatus.ACCEPTED)),
  /** 上报: the order is raised to a higher level. */
  ESCALATE("escalate", "escalated", open()),
  /** 督办: the order is put under supervision. */
  SUPERVISE("supervise", "supervised", open()),
  /** The order is put on hold. */
  SUSPEND(
      "suspend",
      "suspended",
      EnumSet.of(
          WorkOrderStatus.REPORTED,
          WorkOrderStatus.RETURNED,
          WorkOrderStatus.DISPATCHED,
          WorkOrderStatus.ACCEPTED,
          WorkOrderStatus.IN_PROGRESS,
          WorkOrderStatus.REOPENED)),
  /** The order goes back to the status it was suspended from. */
  RESUME("resume", "resumed", EnumSet.of(WorkOrderStatus.SUSPENDED)),
  /** The order is cancelled. */
  CANCEL("cancel", "cancelled", open()),
  /** 催办: the subject is reminded to get on with it. */
  REMIND(
      "remind",
      "reminded",
      EnumSet.of(
          WorkOrderStatus.DISPATCHED,
          WorkOrderStatus.ACCEPTED,
          WorkOrderStatus.IN_PROGRESS,
          WorkOrderStatus.REOPENED)),
  /**
   * The deadlines are counted again and replaced, as when provisional days they crossed became
   * official; only while they run.
   */
  REVISE_DEADLINES(
      "revise deadlines",
      "given new deadlines",
      EnumSet.of(
          WorkOrderStatus.DISPATCHED,
          WorkOrderStatus.ACCEPTED,
          WorkOrderStatus.IN_PROGRESS,
          WorkOrderStatus.REOPENED));

  private final String verb;
  private final String participle;
  private final Set<WorkOrderStatus> allowedFrom;

  WorkOrderCommand(String verb, String participle, EnumSet<WorkOrderStatus> allowedFrom) {
    this.verb = verb;
    this.participle = participle;
    this.allowedFrom = java.util.Collections.unmodifiableSet(allowedFrom);
  }

  private static EnumSet<WorkOrderStatus> open() {
    EnumSet<WorkOrderStatus> open = EnumSet.allOf(WorkOrderStatus.class);
    open.removeIf(WorkOrderStatus::isTerminal);
    return open;
  }

  /**
   * The statuses from which this command is legal.
   *
   * @return an unmodifiable set, never empty
   */
  public Set<WorkOrderStatus> allowedFrom() {
    return allowedFrom;
  }

  /**
   * Whether this command is legal from a status, as far as the status goes; some commands have
   * further conditions (escalation must go up, supervision happens once, time must not go back).
   *
   * @param status the order's status
   * @return true if the table allows it
   */
  public boolean isAllowedFrom(WorkOrderStatus status) {
    return allowedFrom.contains(status);
  }

  /**
   * The command as a verb, for messages.
   *
   * @return such as {@code "accept"}
   */
  public String verb() {
    return verb;
  }

  /**
   * The command's past participle, for messages.
   *
   * @return such as {@code "accepted"}
   */
  public String participle() {
    return participle;
  }

  /**
   * The statuses this command is legal from, for messages.
   *
   * @return such as {@code "REPORTED or RETURNED"}
   */
  Object describeAllowedFrom() {
    String joined = allowedFrom.stream().map(Enum::name).collect(Collectors.joining(", "));
    int last = joined.lastIndexOf(", ");
    return last < 0
        ? joined
        : Message.of(
            Messages.CORE, "refusal.either", joined.substring(0, last), joined.substring(last + 2));
  }
}
