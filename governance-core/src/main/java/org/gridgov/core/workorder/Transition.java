package org.gridgov.core.workorder;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of a command on a work order: either {@link Applied}, with the new order and the
 * event the command produced, or {@link Refused}, with the unchanged order and the reason.
 */
public sealed interface Transition permits Transition.Applied, Transition.Refused {

  /**
   * The order after the command: the new order if it was applied, the same order if it was refused.
   *
   * @return the order
   */
  WorkOrder order();

  /**
   * Whether the command was applied.
   *
   * @return true for {@link Applied}
   */
  boolean isApplied();

  /**
   * The event the command produced.
   *
   * @return the event, or empty if the command was refused
   */
  Optional<WorkOrderEvent> producedEvent();

  /**
   * Why the command was refused.
   *
   * @return the refusal, or empty if the command was applied
   */
  Optional<Refusal> findRefusal();

  /**
   * The new order, insisting that the command was applied.
   *
   * @return the new order
   * @throws WorkOrderRefusedException carrying the refusal if the command was refused
   */
  WorkOrder orElseThrow();

  /**
   * The command was applied.
   *
   * @param order the new order, whose last event is {@code event}
   * @param event the event the command produced
   */
  record Applied(WorkOrder order, WorkOrderEvent event) implements Transition {

    /** Checks that both are present. */
    public Applied {
      Objects.requireNonNull(order, "order");
      Objects.requireNonNull(event, "event");
    }

    @Override
    public boolean isApplied() {
      return true;
    }

    @Override
    public Optional<WorkOrderEvent> producedEvent() {
      return Optional.of(event);
    }

    @Override
    public Optional<Refusal> findRefusal() {
      return Optional.empty();
    }

    @Override
    public WorkOrder orElseThrow() {
      return order;
    }
  }

  /**
   * The command was refused; nothing changed.
   *
   * @param order the order, unchanged
   * @param refusal why
   */
  record Refused(WorkOrder order, Refusal refusal) implements Transition {

    /** Checks that both are present. */
    public Refused {
      Objects.requireNonNull(order, "order");
      Objects.requireNonNull(refusal, "refusal");
    }

    @Override
    public boolean isApplied() {
      return false;
    }

    @Override
    public Optional<WorkOrderEvent> producedEvent() {
      return Optional.empty();
    }

    @Override
    public Optional<Refusal> findRefusal() {
      return Optional.of(refusal);
    }

    @Override
    public WorkOrder orElseThrow() {
      throw new WorkOrderRefusedException(refusal);
    }
  }
}
