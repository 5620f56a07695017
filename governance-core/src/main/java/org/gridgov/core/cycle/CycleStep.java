package org.gridgov.core.cycle;

import java.util.Locale;
import java.util.Objects;
import org.gridgov.core.common.Checks;
import org.gridgov.core.common.Describable;
import org.gridgov.core.common.Message;
import org.gridgov.core.common.StepRefusedException;

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
      throw new StepRefusedException(r.text());
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
   * @param text why not, in words, in the reader's language
   */
  record Refused(CycleEvent event, Message text) implements CycleStep, Describable {
    /** Checks the fields. */
    public Refused {
      Objects.requireNonNull(event, "a refusal names what was asked");
      Objects.requireNonNull(text, "a refusal says why");
      Checks.text(text.render(Locale.ENGLISH), Checks.term("refusal.reason"));
    }

    /**
     * A refusal whose reason reads the same in every language.
     *
     * @param event what was asked
     * @param reason why not, in words
     */
    public Refused(CycleEvent event, String reason) {
      this(event, Message.text(Objects.requireNonNull(reason, "reason")));
    }

    /**
     * Why not, in English.
     *
     * @return the reason
     */
    public String reason() {
      return text.render(Locale.ENGLISH);
    }

    @Override
    public String describe(Locale locale) {
      return text.render(locale);
    }

    /**
     * Whether another refusal says the same: the same event and the same English reason, however it
     * was made (keyed or as plain words).
     */
    @Override
    public boolean equals(Object o) {
      return o instanceof Refused other
          && event.equals(other.event)
          && reason().equals(other.reason());
    }

    @Override
    public int hashCode() {
      return Objects.hash(event, reason());
    }

    @Override
    public boolean applied() {
      return false;
    }
  }
}
