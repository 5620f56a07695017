package org.gridgov.core.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;

/**
 * The dates in one Gregorian year of the festivals the national holiday regulation counts from the
 * Chinese lunisolar calendar and the solar terms: Spring Festival (春节, the first day of the first
 * lunar month), 清明 (the day, in Beijing time, on which the sun reaches ecliptic longitude 15°), the
 * Dragon Boat Festival (端午, fifth day of the fifth month) and the Mid-Autumn Festival (中秋,
 * fifteenth day of the eighth month). The eve of Spring Festival (除夕) is the day before Spring
 * Festival.
 *
 * @param year the Gregorian year
 * @param springFestival 正月初一, in January or February of the year
 * @param qingming the day of the solar term 清明, in April of the year
 * @param dragonBoat 五月初五, in May or June of the year
 * @param midAutumn 八月十五, in September or October of the year
 */
public record FestivalDates(
    int year,
    LocalDate springFestival,
    LocalDate qingming,
    LocalDate dragonBoat,
    LocalDate midAutumn) {

  /** Checks that every festival falls in the year and the months it always falls in. */
  public FestivalDates {
    check(year, springFestival, "Spring Festival (春节)", Month.JANUARY, Month.FEBRUARY);
    check(year, qingming, "清明", Month.APRIL, Month.APRIL);
    check(year, dragonBoat, "the Dragon Boat Festival (端午)", Month.MAY, Month.JUNE);
    check(year, midAutumn, "the Mid-Autumn Festival (中秋)", Month.SEPTEMBER, Month.OCTOBER);
  }

  /**
   * The eve of Spring Festival, the last day of the lunar year.
   *
   * @return the day before {@link #springFestival()}
   */
  public LocalDate springFestivalEve() {
    return springFestival.minusDays(1);
  }

  private static void check(int year, LocalDate date, String what, Month first, Month last) {
    Objects.requireNonNull(date, () -> what + " of " + year + " needs a date");
    if (date.getYear() != year
        || date.getMonth().compareTo(first) < 0
        || date.getMonth().compareTo(last) > 0) {
      throw new IllegalArgumentException(
          what
              + " of "
              + year
              + " falls in "
              + (first == last ? first : first + " to " + last)
              + " of that year, got "
              + date);
    }
  }
}
