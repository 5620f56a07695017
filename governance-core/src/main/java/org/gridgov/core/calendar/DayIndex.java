package org.gridgov.core.calendar;

import java.time.LocalDate;
import java.util.Map;

/**
 * The kind of every covered date in an array, and running counts of working days, so that a
 * calendar classifies a date and counts working days over years in constant time. Built once per
 * holiday table and shared by the calendars made from it; immutable.
 *
 * <p>The arrays run on past the official table through the years whose holidays can be derived
 * ({@link StatutoryHolidays#provisionalHolidays}), so that deadlines counted across provisional
 * years take the same fast paths; {@link #officialOnly()} is a view of the same arrays that stops
 * at the end of the table, for calendars that do not derive.
 */
final class DayIndex {

  private static final DayKind[] KINDS = DayKind.values();

  private final long firstEpochDay;
  private final byte[] kinds;

  /** {@code workingDaysBefore[i]} is the number of working days among the first {@code i} days. */
  private final int[] workingDaysBefore;

  /** The number of dates this index answers for: all, or those of the official table. */
  private final int size;

  /** The number of dates of the official table, the first of the arrays. */
  private final int official;

  DayIndex(HolidayTable table) {
    firstEpochDay = table.coverage().first().toEpochDay();
    official = Math.toIntExact(table.coverage().last().toEpochDay() - firstEpochDay + 1);
    int firstDerived = table.coverage().last().getYear() + 1;
    boolean derive =
        firstDerived >= StatutoryHolidays.firstYear()
            && firstDerived <= StatutoryHolidays.lastYear();
    int days =
        derive
            ? Math.toIntExact(
                LocalDate.of(StatutoryHolidays.lastYear(), 12, 31).toEpochDay() - firstEpochDay + 1)
            : official;
    size = days;
    kinds = new byte[days];
    workingDaysBefore = new int[days + 1];
    for (int i = 0; i < days; i++) {
      // 1970-01-01, epoch day 0, was a Thursday: (epochDay + 3) mod 7 is 0 on Mondays
      boolean weekend = Math.floorMod(firstEpochDay + i + 3, 7) >= 5;
      kinds[i] = (byte) (weekend ? DayKind.WEEKEND : DayKind.WEEKDAY).ordinal();
    }
    mark(table.holidays(), DayKind.HOLIDAY);
    mark(table.adjustedWorkingDays(), DayKind.ADJUSTED_WORKING_DAY);
    if (derive) {
      for (int year = firstDerived; year <= StatutoryHolidays.lastYear(); year++) {
        mark(StatutoryHolidays.provisionalHolidays(year), DayKind.HOLIDAY);
      }
    }
    for (int i = 0; i < days; i++) {
      workingDaysBefore[i + 1] = workingDaysBefore[i] + (KINDS[kinds[i]].isWorkingDay() ? 1 : 0);
    }
  }

  private DayIndex(DayIndex all, int size) {
    this.firstEpochDay = all.firstEpochDay;
    this.kinds = all.kinds;
    this.workingDaysBefore = all.workingDaysBefore;
    this.size = size;
    this.official = all.official;
  }

  /** This index answering only for the dates of the official table. */
  DayIndex officialOnly() {
    return size == official ? this : new DayIndex(this, official);
  }

  /** The last date this index answers for. */
  LocalDate last() {
    return LocalDate.ofEpochDay(firstEpochDay + size - 1);
  }

  private void mark(Map<LocalDate, String> dates, DayKind kind) {
    for (LocalDate date : dates.keySet()) {
      if (!covers(date)) {
        continue; // late December before the table, announced with its first New Year's Day
      }
      kinds[index(date)] = (byte) kind.ordinal();
    }
  }

  /** Whether the date is covered. */
  boolean covers(LocalDate date) {
    long i = date.toEpochDay() - firstEpochDay;
    return i >= 0 && i < size;
  }

  /** The kind of a covered date. */
  DayKind kindOf(LocalDate date) {
    return KINDS[kinds[index(date)]];
  }

  /** The working days {@code d} with {@code from < d <= to}, for covered dates in order. */
  int workingDaysBetween(LocalDate from, LocalDate to) {
    return workingDaysBefore[index(to) + 1] - workingDaysBefore[index(from) + 1];
  }

  /** The epoch day of the first covered date. */
  long firstEpochDay() {
    return firstEpochDay;
  }

  /** The number of covered dates. */
  int size() {
    return size;
  }

  /** Whether the covered date at an index is a working day. */
  boolean isWorkingDayAt(int i) {
    return KINDS[kinds[i]].isWorkingDay();
  }

  /** The working days among the first {@code i} covered dates. */
  int workingDaysBefore(int i) {
    return workingDaysBefore[i];
  }

  /**
   * The index of the covered date that is working day number {@code n} (from 0), or -1 if the
   * coverage has fewer working days.
   */
  int indexOfWorkingDay(int n) {
    if (n < 0 || n >= workingDaysBefore[size]) {
      return -1;
    }
    int lo = 0;
    int hi = size - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (workingDaysBefore[mid + 1] > n) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  private int index(LocalDate date) {
    return (int) (date.toEpochDay() - firstEpochDay);
  }
}
