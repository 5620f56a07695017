package org.gridgov.core.calendar;

import java.time.LocalDate;
import java.util.Map;

/**
 * The kind of every covered date in an array, and running counts of working days, so that a
 * calendar classifies a date and counts working days over years in constant time. Built once per
 * holiday table and shared by the calendars made from it; immutable.
 */
final class DayIndex {

  private static final DayKind[] KINDS = DayKind.values();

  private final long firstEpochDay;
  private final byte[] kinds;

  /** {@code workingDaysBefore[i]} is the number of working days among the first {@code i} days. */
  private final int[] workingDaysBefore;

  DayIndex(HolidayTable table) {
    firstEpochDay = table.coverage().first().toEpochDay();
    int days = Math.toIntExact(table.coverage().last().toEpochDay() - firstEpochDay + 1);
    kinds = new byte[days];
    workingDaysBefore = new int[days + 1];
    LocalDate date = table.coverage().first();
    for (int i = 0; i < days; i++, date = date.plusDays(1)) {
      kinds[i] =
          (byte) (HolidayTable.isWeekend(date) ? DayKind.WEEKEND : DayKind.WEEKDAY).ordinal();
    }
    mark(table.holidays(), DayKind.HOLIDAY);
    mark(table.adjustedWorkingDays(), DayKind.ADJUSTED_WORKING_DAY);
    for (int i = 0; i < days; i++) {
      workingDaysBefore[i + 1] = workingDaysBefore[i] + (KINDS[kinds[i]].isWorkingDay() ? 1 : 0);
    }
  }

  private void mark(Map<LocalDate, String> dates, DayKind kind) {
    for (LocalDate date : dates.keySet()) {
      kinds[index(date)] = (byte) kind.ordinal();
    }
  }

  /** Whether the date is covered. */
  boolean covers(LocalDate date) {
    long i = date.toEpochDay() - firstEpochDay;
    return i >= 0 && i < kinds.length;
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
    return kinds.length;
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
    if (n < 0 || n >= workingDaysBefore[kinds.length]) {
      return -1;
    }
    int lo = 0;
    int hi = kinds.length - 1;
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
