package org.gridgov.examples.simulation;

import java.time.LocalDate;
import java.util.Objects;
import org.gridgov.core.cycle.CycleLedger;

/**
 * The list cycle of a simulated period: its ledger at the end of the run, with the period and the
 * parameters it ran with.
 *
 * @param ledger the ledger, its last quarter closed on the last day of the period
 * @param first the first simulated day
 * @param last the last simulated day
 * @param parameters the people's part the run drew from
 */
public record ListCycleOutcome(
    CycleLedger ledger, LocalDate first, LocalDate last, CycleParameters parameters) {

  /** Checks the fields. */
  public ListCycleOutcome {
    Objects.requireNonNull(ledger, "a list cycle outcome has its ledger");
    Objects.requireNonNull(first, "a list cycle outcome has its first day");
    Objects.requireNonNull(last, "a list cycle outcome has its last day");
    Objects.requireNonNull(parameters, "a list cycle outcome has its parameters");
  }
}
