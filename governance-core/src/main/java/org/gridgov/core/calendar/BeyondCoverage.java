package org.gridgov.core.calendar;

/**
 * What a {@link WorkingCalendar} does with a date outside the years its holiday table covers.
 *
 * <p>Holidays and adjusted working days are announced by the State Council year by year, usually in
 * November for the next year, so no table can know them in advance. The host chooses what happens
 * beyond the table; the calendar never guesses silently: {@link WorkingCalendar#isProvisional} says
 * which dates are not official.
 */
public enum BeyondCoverage {
  /**
   * Derive the years after the table from the national holiday regulation ({@link
   * StatutoryHolidays}): statutory holidays on their lunar and solar dates, no adjusted working
   * days. Such dates are <em>provisional</em>, and so is every deadline counted across them. The
   * default, so that dispatching goes on past the end of the table while the next year's official
   * schedule is not yet loaded. Dates before the table, and after the last year that can be derived
   * ({@link StatutoryHolidays#lastYear()}), are refused as under {@link #REFUSE}.
   */
  PROVISIONAL,
  /**
   * Refuse: any question about such a date throws {@link CalendarRangeException}. For a host that
   * would rather stop than count a deadline on anything but the official table.
   */
  REFUSE,
  /**
   * Treat such a date as if the year had no public holidays: Monday to Friday are working days,
   * Saturday and Sunday days off. A host picks this explicitly, accepting that deadlines across an
   * unannounced holiday come out early.
   */
  WEEKENDS_ONLY
}
