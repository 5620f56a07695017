package org.gridgov.core.calendar;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gridgov.core.common.ValueRefusedException;

/**
 * The holidays of a year derived from the national holiday regulation alone, for years whose
 * official table the State Council has not announced yet: <em>provisional</em> holidays.
 *
 * <p>The statutory days are those of the {@linkplain HolidayRegulation text in force} that year, on
 * the festival dates of the shipped lunar table ({@value LunarFestivals#FIRST_YEAR}–{@value
 * LunarFestivals#LAST_YEAR}, see {@code SOURCE.md}). The regulation says that a statutory day
 * falling on a Saturday or Sunday is made up on a working day (补假). A provisional year makes each
 * such day up on the first weekday after its festival's last statutory day that is not already off,
 * and does the same for a statutory day that shares its date with another festival's (中秋 on 1
 * October). It has no adjusted working days: the weekend swaps (调休) that join breaks are the State
 * Council's choice each year and are not guessed.
 *
 * <p>So a provisional year keeps this invariant: the weekdays it takes off are exactly as many as
 * its statutory days ({@link HolidayRegulation#statutoryCount()}, 13 under the text in force from
 * 2025). The official schedule usually takes the same number of working days off in net, moving
 * some by 调休; a deadline counted on provisional days is therefore close to the official one, and is
 * marked provisional until the official year is loaded.
 */
public final class StatutoryHolidays {

  private StatutoryHolidays() {}

  /**
   * The first year whose holidays can be derived.
   *
   * @return 2000, the first year of the earliest text known
   */
  public static int firstYear() {
    return Math.max(HolidayRegulation.FROM_2000.inForceFrom(), LunarFestivals.FIRST_YEAR);
  }

  /**
   * The last year whose holidays can be derived.
   *
   * @return the last year of the shipped lunar table, 2100
   */
  public static int lastYear() {
    return LunarFestivals.LAST_YEAR;
  }

  /**
   * The festival dates of a year.
   *
   * @param year a year from {@link #firstYear()} to {@link #lastYear()}
   * @return its dates of 春节, 清明, 端午 and 中秋
   * @throws IllegalArgumentException for another year
   */
  public static FestivalDates festivals(int year) {
    checkYear(year);
    return LunarFestivals.of(year);
  }

  /**
   * The statutory days of a year under the text in force that year.
   *
   * @param year a year from {@link #firstYear()} to {@link #lastYear()}
   * @return the statutory days, in order of date
   * @throws IllegalArgumentException for another year
   */
  public static List<HolidayRegulation.StatutoryDay> statutoryDays(int year) {
    return HolidayRegulation.inForce(year).statutoryDays(festivals(year));
  }

  /**
   * The provisional holidays of a year: its statutory days and the weekdays that make up those
   * falling on a weekend or on another festival's day.
   *
   * @param year a year from {@link #firstYear()} to {@link #lastYear()}
   * @return date → festival, in order of date
   * @throws IllegalArgumentException for another year
   */
  public static Map<LocalDate, String> provisionalHolidays(int year) {
    List<HolidayRegulation.StatutoryDay> statutory = statutoryDays(year);
    TreeMap<LocalDate, String> off = new TreeMap<>();
    Map<String, Integer> owed = new LinkedHashMap<>();
    Map<String, LocalDate> lastDay = new LinkedHashMap<>();
    for (HolidayRegulation.StatutoryDay day : statutory) {
      String previous = off.putIfAbsent(day.date(), day.festival());
      owed.merge(
          day.festival(),
          previous != null || HolidayTable.isWeekend(day.date()) ? 1 : 0,
          Integer::sum);
      lastDay.merge(day.festival(), day.date(), (a, b) -> a.isAfter(b) ? a : b);
    }
    for (Map.Entry<String, Integer> festival : owed.entrySet()) {
      LocalDate date = lastDay.get(festival.getKey());
      for (int left = festival.getValue(); left > 0; ) {
        date = date.plusDays(1);
        if (!HolidayTable.isWeekend(date) && !off.containsKey(date)) {
          off.put(date, festival.getKey());
          left--;
        }
      }
    }
    return Collections.unmodifiableSortedMap(off);
  }

  private static void checkYear(int year) {
    if (year < firstYear() || year > lastYear()) {
      throw ValueRefusedException.of(
          "refused.StatutoryHolidays.statutoryHolidaysCanBe", firstYear(), lastYear(), year);
    }
  }
}
