package org.gridgov.core.calendar;

import com.ibm.icu.impl.CalendarAstronomer;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.VersionInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Generates the shipped table of lunar festivals and 清明 ({@code cn-festivals.tsv}) with ICU4J,
 * which is a test dependency only. {@link LunarFestivalTableTest} regenerates it and compares;
 * {@link #main} rewrites the resource after a deliberate change of method or ICU version.
 *
 * <p>Method: ICU's {@link ChineseCalendar} (the Chinese calendar as reckoned in China Standard
 * Time, UTC+8), read for each day of the Gregorian year at noon UTC+8, says which days begin the
 * first, fifth and eighth months (not leap months); the day each of them begins is then taken from
 * the new moon of {@link NewMoons} nearest to it, in UTC+8, because ICU's own new moons can be
 * minutes off. 春节 is that first day, 端午 the fifth and 中秋 the fifteenth day of their months. 清明 is
 * the date in UTC+8 of the moment ICU's {@code CalendarAstronomer.getSunTime} finds the sun at
 * apparent ecliptic longitude 15°, searching forward from 20 March.
 */
final class FestivalTableGenerator {

  /** Beijing time, in which both the lunar calendar and the solar terms are reckoned. */
  static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

  private FestivalTableGenerator() {}

  /** The table's text, header included. */
  static String table() {
    StringBuilder text = new StringBuilder();
    text.append("# Chinese lunar festivals and the solar term 清明 in Beijing time (UTC+8), ")
        .append(LunarFestivals.FIRST_YEAR)
        .append("–")
        .append(LunarFestivals.LAST_YEAR)
        .append(".\n")
        .append("# Generated with ICU4J ")
        .append(VersionInfo.ICU_VERSION)
        .append(" (com.ibm.icu:icu4j); see SOURCE.md. Do not edit by hand.\n")
        .append("# year\t春节 (正月初一)\t清明\t端午 (五月初五)\t中秋 (八月十五)\n");
    for (int year = LunarFestivals.FIRST_YEAR; year <= LunarFestivals.LAST_YEAR; year++) {
      FestivalDates dates = festivals(year);
      text.append(year)
          .append('\t')
          .append(dates.springFestival())
          .append('\t')
          .append(dates.qingming())
          .append('\t')
          .append(dates.dragonBoat())
          .append('\t')
          .append(dates.midAutumn())
          .append('\n');
    }
    return text.toString();
  }

  /** The festival dates of one year, computed with ICU4J and {@link NewMoons}. */
  static FestivalDates festivals(int year) {
    return new FestivalDates(
        year,
        firstDayOfMonth(icuFirstDay(year, 1)),
        qingming(year),
        firstDayOfMonth(icuFirstDay(year, 5)).plusDays(4),
        firstDayOfMonth(icuFirstDay(year, 8)).plusDays(14));
  }

  /**
   * The day ICU gives as the first of a lunar month (not a leap month) of the year from {@code
   * year}.
   */
  static LocalDate icuFirstDay(int year, int month) {
    ChineseCalendar lunar = new ChineseCalendar(TimeZone.getTimeZone("GMT+08:00"));
    lunar.clear();
    // the lunar year that begins in Gregorian `year`, counted in sexagenary cycles from 2637 BC
    int cycles = year + 2636;
    lunar.set(ChineseCalendar.ERA, cycles / 60 + 1);
    lunar.set(ChineseCalendar.YEAR, cycles % 60 + 1);
    lunar.set(ChineseCalendar.MONTH, month - 1);
    lunar.set(ChineseCalendar.IS_LEAP_MONTH, 0);
    lunar.set(ChineseCalendar.DAY_OF_MONTH, 1);
    lunar.set(ChineseCalendar.HOUR_OF_DAY, 12);
    return LocalDate.ofInstant(Instant.ofEpochMilli(lunar.getTimeInMillis()), BEIJING);
  }

  /**
   * The first day of a lunar month: the date in Beijing time of the new moon nearest to the first
   * day ICU gives. The two differ only when the new moon falls within minutes of midnight.
   */
  static LocalDate firstDayOfMonth(LocalDate icuFirstDay) {
    Instant newMoon = NewMoons.nearest(icuFirstDay.atTime(12, 0).toInstant(BEIJING));
    LocalDate first = LocalDate.ofInstant(newMoon, BEIJING);
    if (Math.abs(first.toEpochDay() - icuFirstDay.toEpochDay()) > 1) {
      throw new IllegalStateException(
          "the new moon " + newMoon + " is more than a day from ICU's first day " + icuFirstDay);
    }
    return first;
  }

  /** The moment of the solar term 清明 in a year. */
  static Instant qingmingMoment(int year) {
    CalendarAstronomer astronomer =
        new CalendarAstronomer(
            LocalDate.of(year, 3, 20).atStartOfDay(BEIJING).toInstant().toEpochMilli());
    return Instant.ofEpochMilli(astronomer.getSunTime(Math.toRadians(15), true));
  }

  private static LocalDate qingming(int year) {
    return LocalDate.ofInstant(qingmingMoment(year), BEIJING);
  }

  /** How far the moment of 清明 in a year is from the nearest midnight in Beijing time. */
  static Duration qingmingMargin(int year) {
    LocalDateTime moment = LocalDateTime.ofInstant(qingmingMoment(year), BEIJING);
    Duration sinceMidnight = Duration.between(moment.toLocalDate().atStartOfDay(), moment);
    Duration untilMidnight = Duration.ofDays(1).minus(sinceMidnight);
    return sinceMidnight.compareTo(untilMidnight) < 0 ? sinceMidnight : untilMidnight;
  }

  /**
   * Rewrites the resource.
   *
   * @param args the path of the resource file; by default the one under governance-core
   * @throws IOException if it cannot be written
   */
  public static void main(String[] args) throws IOException {
    for (int year = LunarFestivals.FIRST_YEAR; year <= LunarFestivals.LAST_YEAR; year++) {
      for (int month : new int[] {1, 5, 8}) {
        LocalDate icu = icuFirstDay(year, month);
        if (!firstDayOfMonth(icu).equals(icu)) {
          System.out.println(
              year
                  + " month "
                  + month
                  + " begins on "
                  + firstDayOfMonth(icu)
                  + ", ICU says "
                  + icu);
        }
      }
    }
    Path file =
        Path.of(
            args.length > 0
                ? args[0]
                : "governance-core/src/main/resources" + LunarFestivals.RESOURCE);
    Files.writeString(file, table(), StandardCharsets.UTF_8);
    for (int year = LunarFestivals.FIRST_YEAR; year <= LunarFestivals.LAST_YEAR; year++) {
      if (qingmingMargin(year).toMinutes() < 30) {
        System.out.println(year + " 清明 " + LocalDateTime.ofInstant(qingmingMoment(year), BEIJING));
      }
    }
  }
}
