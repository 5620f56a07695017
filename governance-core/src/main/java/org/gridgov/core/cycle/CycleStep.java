package org.gridgov.core.cycle;

import java.util.Objects;
import org.gridgov.core.common.Checks;

/** The outcome of asking the ledger to change: applied with its event, or refused. */
public sealed interface CycleStep permits CycleStep.Applied, CycleStep.Refused {

  /**
   * Whether the ledger changed.
   *
   * @return true for {@link Applied}
   */
  boolean applied();

  /**
   * The event, for a host that treats a refusal as a mistake of its own.
   *
   * @return the event applied
   * @throws IllegalStateException with the refusal's reason if the step was refused
   */
  default CycleEvent orElseThrow() {
    if (this instanceof Refused r) {
      throw new IllegalStateException(r.reason());
    }
    return ((Applied) this).event();
  }

  /**
   * The ledger changed.
   *
   * @param event what happened
   */
  record Applied(CycleEvent event) implements CycleStep {
    /** Checks the field. */
    public Applied {
      Objects.requireNonNull(event, "an applied step has its event");
    }

    @Override
    public boolean applied() {
      return true;
    }
  }

  /**
   * The change was refused; the ledger is as it was.
   *
   * @param event what was asked
   * @param reason why not, in words
   */
  record Refused(CycleEvent event, String reason) implements CycleStep {
    /** Checks the fields. */
    public Refused {
      Objects.requireNonNull(event, "a refusal names what was asked");
      Checks.text(reason, Checks.term("refusal.reason"));
    }

    @Override
    public boolean applied() {
      return false;
    }
  }
}
