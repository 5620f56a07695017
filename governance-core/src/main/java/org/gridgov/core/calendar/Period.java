package org.gridgov.core.calendar;

import java.time.LocalDate;
import java.util.Objects;
import org.gridgov.core.common.ValueRefusedException;

/**
 * A period of whole dates, both ends included, over which lists are reconciled and KPIs computed.
 *
 * @param first the first date
 * @param last the last date, not before the first
 */
public record Period(LocalDate first, LocalDate last) {

  /** Checks that the period is not reversed. */
  public Period {
    Objects.requireNonNull(first, "a period needs a first date");
    Objects.requireNonNull(last, "a period needs a last date");
    if (last.isBefore(first)) {
      throw ValueRefusedException.of("refused.Period.periodEndsAfter", first, last);
    }
  }

  /**
   * A period from one date to another.
   *
   * @param first the first date
   * @param last the last date, inclusive
   * @return the period
   */
  public static Period of(LocalDate first, LocalDate last) {
    return new Period(first, last);
  }

  /**
   * A whole calendar year.
   *
   * @param year the year
   * @return January 1 to December 31
   */
  public static Period year(int year) {
    return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /**
   * Whether a date lies in this period.
   *
   * @param date the date
   * @return true if it is on or after the first date and on or before the last
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(first) && !date.isAfter(last);
  }

  @Override
  public String toString() {
    return first + ".." + last;
  }
}
