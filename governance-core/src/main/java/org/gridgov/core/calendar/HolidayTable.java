package org.gridgov.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.gridgov.core.common.Checks;
import org.gridgov.core.common.Message;
import org.gridgov.core.common.ValueRefusedException;

/**
 * The public holidays and adjusted working days of whole years, as announced by the State Council:
 * the data a {@link WorkingCalendar} needs beyond the weekend.
 *
 * <p>A date under {@code holidays} is a day off whatever day of the week it is. A date under {@code
 * adjustedWorkingDays} is a Saturday or Sunday that is a working day (调休). Every other date is a
 * working day from Monday to Friday and a day off on Saturday and Sunday. Both maps give the
 * festival the date belongs to, such as {@code 春节}.
 *
 * <p>The table says which years it covers, so that a date outside them is recognised as unknown
 * rather than taken for an ordinary day. Every covered year must list at least one holiday: China
 * has had New Year's Day off every year, so a year with none is missing data.
 *
 * <p>The notice of a year's holidays may also adjust the last days of December before it, tied to
 * New Year's Day (元旦): the 2019 notice made Saturday 2018-12-29 a working day and 2018-12-30 and
 * 2018-12-31 days off. A table may list such days ({@link #announcedWithNewYear}) although they lie
 * before its coverage; they are not covered by it ({@link #kindOf} refuses them) and take effect
 * when the table joins a calendar that covers the year before ({@link
 * WorkingCalendar#withOfficialYears}).
 *
 * @param coverage the whole years the table covers, from January 1 of the first to December 31 of
 *     the last
 * @param holidays dates that are days off, with their festival; an unmodifiable sorted copy
 * @param adjustedWorkingDays Saturdays and Sundays that are working days, with their festival; an
 *     unmodifiable sorted copy
 * @param source where the dates come from and under which licence
 */
public record HolidayTable(
    Period coverage,
    Map<LocalDate, String> holidays,
    Map<LocalDate, String> adjustedWorkingDays,
    String source) {

  /** Checks the coverage, every date and festival name, and that no year is missing. */
  public HolidayTable {
    Objects.requireNonNull(coverage, "a holiday table needs the years it covers");
    if (coverage.first().getDayOfYear() != 1
        || !coverage.last().equals(coverage.last().withDayOfYear(coverage.last().lengthOfYear()))) {
      throw ValueRefusedException.of("refused.HolidayTable.holidayTableCoversWhole", coverage);
    }
    holidays = checkedCopy(holidays, Checks.term("holiday"), coverage);
    adjustedWorkingDays =
        checkedCopy(adjustedWorkingDays, Checks.term("adjustedWorkingDay"), coverage);
    for (Map.Entry<LocalDate, String> day : adjustedWorkingDays.entrySet()) {
      LocalDate date = day.getKey();
      if (holidays.containsKey(date)) {
        throw ValueRefusedException.of("refused.HolidayTable.listedBothHolidayAdjusted", date);
      }
      if (!isWeekend(date)) {
        throw ValueRefusedException.of(
            "refused.HolidayTable.adjustedWorkingDayFalls",
            date,
            date.getDayOfWeek(),
            day.getValue());
      }
    }
    int firstYear = coverage.first().getYear();
    BitSet yearsWithHolidays = new BitSet();
    for (LocalDate date : holidays.keySet()) {
      if (date.getYear() < firstYear) {
        continue;
      }
      yearsWithHolidays.set(date.getYear() - firstYear);
    }
    int missing = yearsWithHolidays.nextClearBit(0);
    if (firstYear + missing <= coverage.last().getYear()) {
      throw ValueRefusedException.of(
          "refused.HolidayTable.everyCoveredYearLists", (firstYear + missing), years(coverage));
    }
    source = Checks.text(source, Checks.term("holidayTable.source"));
  }

  /**
   * A table covering the whole years from the earliest to the latest date it lists.
   *
   * @param holidays dates that are days off, with their festival
   * @param adjustedWorkingDays Saturdays and Sundays that are working days, with their festival
   * @param source where the dates come from and under which licence
   * @return the table
   * @throws IllegalArgumentException if no date is listed or the table is not valid
   */
  public static HolidayTable coveringListedYears(
      Map<LocalDate, String> holidays, Map<LocalDate, String> adjustedWorkingDays, String source) {
    Objects.requireNonNull(holidays, "a holiday table needs its holidays");
    Objects.requireNonNull(adjustedWorkingDays, "a holiday table needs its adjusted working days");
    int first = Integer.MAX_VALUE;
    int last = Integer.MIN_VALUE;
    for (Map<LocalDate, String> days : List.of(holidays, adjustedWorkingDays)) {
      for (LocalDate date : days.keySet()) {
        Objects.requireNonNull(date, "a holiday table has no null dates");
        first = Math.min(first, date.getYear());
        last = Math.max(last, date.getYear());
      }
    }
    if (first > last) {
      throw ValueRefusedException.of("refused.HolidayTable.holidayTableListsAt");
    }
    return new HolidayTable(
        new Period(LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31)),
        holidays,
        adjustedWorkingDays,
        source);
  }

  /**
   * What kind of day a covered date is.
   *
   * @param date a date within the coverage
   * @return its kind
   * @throws CalendarRangeException if the date is outside the coverage
   */
  public DayKind kindOf(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (!coverage.contains(date)) {
      throw new CalendarRangeException(date, coverage);
    }
    if (holidays.containsKey(date)) {
      return DayKind.HOLIDAY;
    }
    if (adjustedWorkingDays.containsKey(date)) {
      return DayKind.ADJUSTED_WORKING_DAY;
    }
    return isWeekend(date) ? DayKind.WEEKEND : DayKind.WEEKDAY;
  }

  /**
   * Whether a date before a year belongs to that year's notice of holidays: a day of the last week
   * of the December before (from the 25th), adjusted for New Year's Day (元旦).
   *
   * @param date a date
   * @param festival the festival the date is listed under
   * @param year the year whose notice lists the date
   * @return true if the date is such a day
   */
  public static boolean announcedWithNewYear(LocalDate date, String festival, int year) {
    Objects.requireNonNull(date, "date");
    return date.getYear() == year - 1
        && date.getMonthValue() == 12
        && date.getDayOfMonth() >= LAST_WEEK_OF_DECEMBER
        && NEW_YEAR.equals(festival);
  }

  /** The festival the days before 1 January are listed under in a notice. */
  private static final String NEW_YEAR = "元旦";

  /** The first day of December a notice for the next year may adjust. */
  private static final int LAST_WEEK_OF_DECEMBER = 25;

  /** The covered years for a message, such as {@code 2004–2026} or {@code 2024}. */
  static String years(Period coverage) {
    int first = coverage.first().getYear();
    int last = coverage.last().getYear();
    return first == last ? Integer.toString(first) : first + "–" + last;
  }

  static boolean isWeekend(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
  }

  private static SortedMap<LocalDate, String> checkedCopy(
      Map<LocalDate, String> days, Message what, Period coverage) {
    Objects.requireNonNull(days, () -> "a holiday table needs its list of " + what + "s");
    TreeMap<LocalDate, String> copy = new TreeMap<>();
    for (Map.Entry<LocalDate, String> day : days.entrySet()) {
      LocalDate date = Objects.requireNonNull(day.getKey(), () -> what + " needs a date");
      Checks.text(day.getValue(), Checks.term("festivalOf", what, date));
      if (!coverage.contains(date)
          && !announcedWithNewYear(date, day.getValue(), coverage.first().getYear())) {
        throw ValueRefusedException.of(
            "refused.HolidayTable.liesWithinCoveredYears",
            what,
            years(coverage),
            date,
            day.getValue());
      }
      copy.put(date, day.getValue());
    }
    return Collections.unmodifiableSortedMap(copy);
  }
}
