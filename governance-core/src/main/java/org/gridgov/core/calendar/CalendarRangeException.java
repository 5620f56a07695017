package org.gridgov.core.calendar;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.gridgov.core.common.Describable;
import org.gridgov.core.common.Message;
import org.gridgov.core.common.Messages;

/**
 * Thrown when a {@link WorkingCalendar} that {@linkplain BeyondCoverage#REFUSE refuses} dates
 * beyond its holiday table is asked about such a date. Callers can avoid it by checking {@link
 * WorkingCalendar#coverage()} first.
 */
public final class CalendarRangeException extends RuntimeException implements Describable {

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
    super(text(Objects.requireNonNull(date, "date"), coverage).render(Locale.ENGLISH));
    this.date = date;
    this.firstCovered = coverage.first();
    this.lastCovered = coverage.last();
  }

  private static Message text(LocalDate date, Period coverage) {
    return Message.of(
        Messages.CORE,
        "calendar.range",
        HolidayTable.years(coverage),
        coverage.toString(),
        date.toString());
  }

  @Override
  public String describe(Locale locale) {
    return text(date, coverage()).render(locale);
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
