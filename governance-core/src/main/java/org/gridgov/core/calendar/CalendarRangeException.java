package org.gridgov.core.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Thrown when a {@link WorkingCalendar} that {@linkplain BeyondCoverage#REFUSE refuses} dates
 * beyond its holiday table is asked about such a date. Callers can avoid it by checking {@link
 * WorkingCalendar#coverage()} first.
 */
public final class CalendarRangeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The date that is not covered. */
  private final LocalDate date;

  /** The first covered date; {@link Period} is not serializable, so its ends are kept. */
  private final LocalDate firstCovered;

  /** The last covered date. */
  private final LocalDate lastCovered;

  /**
   * Makes the exception.
   *
   * @param date the date that is not covered
   * @param coverage the dates the holiday table covers
   */
  public CalendarRangeException(LocalDate date, Period coverage) {
    super(
        "the working calendar covers "
            + HolidayTable.years(coverage)
            + " ("
            + coverage
            + "), it has no holidays for "
            + Objects.requireNonNull(date, "date"));
    this.date = date;
    this.firstCovered = coverage.first();
    this.lastCovered = coverage.last();
  }

  /**
   * The date that is not covered.
   *
   * @return the date
   */
  public LocalDate date() {
    return date;
  }

  /**
   * The dates the holiday table covers.
   *
   * @return the covered period
   */
  public Period coverage() {
    return new Period(firstCovered, lastCovered);
  }
}
