package org.gridgov.rules.fact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.gridgov.core.calendar.YearQuarter;

/**
 * When an escalation sweep runs, read from the engine's clock and calendar; one per sweep.
 *
 * @param now the sweep's instant
 * @param today the date of that instant in the calendar's zone
 * @param quarter the quarter of that date
 * @param lastWorkingDayOfQuarter whether today is the last working day of the quarter: a working
 *     day with no working day after it in the quarter, the day its joint meeting's agenda is drawn
 *     up
 */
public record SweepContext(
    Instant now, LocalDate today, YearQuarter quarter, boolean lastWorkingDayOfQuarter) {

  /** Checks the fields. */
  public SweepContext {
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(today, "today");
    Objects.requireNonNull(quarter, "quarter");
  }
}
