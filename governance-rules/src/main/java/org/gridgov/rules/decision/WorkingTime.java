package org.gridgov.rules.decision;

import java.time.Instant;
import java.util.Objects;
import org.gridgov.core.calendar.WorkingCalendar;

/**
 * An amount of working time that a time limit allows: so many working hours or so many working days
 * on the working calendar. The SLA table writes it as {@code hours(4)} or {@code days(3)}.
 *
 * @param amount how many, 0 to {@value WorkingCalendar#MAX_WORKING_DAYS}
 * @param unit working hours or working days
 */
public record WorkingTime(int amount, Unit unit) {

  /** How a time limit is counted. */
  public enum Unit {
    /** Working hours: office hours on working days, counted from the next working moment. */
    WORKING_HOURS,
    /** Working days: to the close of business on the n-th working day after the start. */
    WORKING_DAYS
  }

  /** Checks the amount and the unit. */
  public WorkingTime {
    Objects.requireNonNull(unit, "a working time needs a unit");
    if (amount < 0 || amount > WorkingCalendar.MAX_WORKING_DAYS) {
      throw new IllegalArgumentException(
          "a time limit is 0 to "
              + WorkingCalendar.MAX_WORKING_DAYS
              + " "
              + unit
              + ", got "
              + amount);
    }
  }

  /**
   * So many working hours.
   *
   * @param amount the hours
   * @return the working time
   */
  public static WorkingTime hours(int amount) {
    return new WorkingTime(amount, Unit.WORKING_HOURS);
  }

  /**
   * So many working days.
   *
   * @param amount the days
   * @return the working time
   */
  public static WorkingTime days(int amount) {
    return new WorkingTime(amount, Unit.WORKING_DAYS);
  }

  /**
   * The deadline this much working time after a start, on a calendar.
   *
   * @param start when the time limit starts, such as the dispatch
   * @param calendar the working calendar
   * @return the deadline; see {@link WorkingCalendar#plusWorkingHours(Instant, long)} and {@link
   *     WorkingCalendar#plusWorkingDays(Instant, int)}
   */
  public Instant after(Instant start, WorkingCalendar calendar) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(calendar, "calendar");
    return unit == Unit.WORKING_HOURS
        ? calendar.plusWorkingHours(start, amount)
        : calendar.plusWorkingDays(start, amount);
  }

  @Override
  public String toString() {
    String what = unit == Unit.WORKING_HOURS ? "working hour" : "working day";
    return amount + " " + what + (amount == 1 ? "" : "s");
  }
}
