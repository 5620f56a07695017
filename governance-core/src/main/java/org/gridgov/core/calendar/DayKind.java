package org.gridgov.core.calendar;

/** What kind of day a date is on the working calendar. */
public enum DayKind {
  /** An ordinary Monday to Friday: a working day. */
  WEEKDAY(true),
  /** An ordinary Saturday or Sunday: a day off. */
  WEEKEND(false),
  /** A day of a public holiday (节假日), including the weekend days joined to it: a day off. */
  HOLIDAY(false),
  /** A Saturday or Sunday made a working day to lengthen a holiday (调休): a working day. */
  ADJUSTED_WORKING_DAY(true);

  private final boolean workingDay;

  DayKind(boolean workingDay) {
    this.workingDay = workingDay;
  }

  /**
   * Whether a day of this kind is a working day.
   *
   * @return true for {@link #WEEKDAY} and {@link #ADJUSTED_WORKING_DAY}
   */
  public boolean isWorkingDay() {
    return workingDay;
  }
}
