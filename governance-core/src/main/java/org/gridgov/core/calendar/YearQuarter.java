package org.gridgov.core.calendar;

import java.time.LocalDate;
import java.util.Objects;
import org.gridgov.core.common.ValueRefusedException;

/**
 * A quarter of a calendar year, the rhythm of joint meetings and evaluations.
 *
 * @param year the year, 1900 to 2999
 * @param quarter 1 to 4
 */
public record YearQuarter(int year, int quarter) implements Comparable<YearQuarter> {

  /** Checks the fields. */
  public YearQuarter {
    if (year < 1900 || year > 2999) {
      throw ValueRefusedException.of("refused.YearQuarter.yearBetween", year);
    }
    if (quarter < 1 || quarter > 4) {
      throw ValueRefusedException.of("refused.YearQuarter.quarterBetween", quarter);
    }
  }

  /**
   * Makes a quarter.
   *
   * @param year the year
   * @param quarter 1 to 4
   * @return the quarter
   */
  public static YearQuarter of(int year, int quarter) {
    return new YearQuarter(year, quarter);
  }

  /**
   * The quarter a date falls in.
   *
   * @param date the date
   * @return its quarter
   */
  public static YearQuarter of(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return new YearQuarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
  }

  /**
   * The first day of the quarter.
   *
   * @return such as 2024-04-01 for the second quarter of 2024
   */
  public LocalDate firstDay() {
    return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
  }

  /**
   * The last day of the quarter.
   *
   * @return such as 2024-06-30 for the second quarter of 2024
   */
  public LocalDate lastDay() {
    return next().firstDay().minusDays(1);
  }

  /**
   * The quarter after this one.
   *
   * @return the next quarter
   */
  public YearQuarter next() {
    return quarter == 4 ? new YearQuarter(year + 1, 1) : new YearQuarter(year, quarter + 1);
  }

  /**
   * The quarter before this one.
   *
   * @return the previous quarter
   */
  public YearQuarter previous() {
    return quarter == 1 ? new YearQuarter(year - 1, 4) : new YearQuarter(year, quarter - 1);
  }

  /**
   * This quarter as a period of dates.
   *
   * @return from the first day to the last day, inclusive
   */
  public Period period() {
    return new Period(firstDay(), lastDay());
  }

  @Override
  public int compareTo(YearQuarter other) {
    return year != other.year
        ? Integer.compare(year, other.year)
        : Integer.compare(quarter, other.quarter);
  }

  @Override
  public String toString() {
    return year + "-Q" + quarter;
  }
}
