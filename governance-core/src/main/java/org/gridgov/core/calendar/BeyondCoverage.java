package org.gridgov.core.calendar;

/**
 * What a {@link WorkingCalendar} does with a date outside the years its holiday table covers.
 *
 * <p>Holidays and adjusted working days are announced by the State Council year by year, usually in
 * November for the next year, so no table can know them in advance. The host chooses what happens
 * beyond the table; the calendar never guesses silently.
 */
public enum BeyondCoverage {
  /**
   * Refuse: any question about such a date throws {@link CalendarRangeException}. The default,
   * because a deadline computed without the holidays can be days early.
   */
  REFUSE,
  /**
   * Treat such a date as if the year had no public holidays: Monday to Friday are working days,
   * Saturday and Sunday days off. A host picks this explicitly, accepting that deadlines across an
   * unannounced holiday come out early.
   */
  WEEKENDS_ONLY
}
