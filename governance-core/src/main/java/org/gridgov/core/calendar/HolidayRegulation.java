package org.gridgov.core.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.gridgov.core.common.ValueRefusedException;

/**
 * The texts of the national holiday regulation (全国年节及纪念日放假办法) that fixed the public holidays for
 * all citizens since 2000, each in force from 1 January of a year until the next. They differ in
 * Spring Festival, Labour Day and the traditional festivals:
 *
 * <table>
 *   <caption>Statutory days by text</caption>
 *   <tr><th>in force</th><th>元旦</th><th>春节</th><th>清明</th><th>劳动节</th><th>端午</th><th>中秋</th>
 *       <th>国庆节</th><th>days</th></tr>
 *   <tr><td>2000–2007</td><td>1-1</td><td>初一–初三</td><td>–</td><td>5-1–5-3</td><td>–</td><td>–</td>
 *       <td>10-1–10-3</td><td>10</td></tr>
 *   <tr><td>2008–2013</td><td>1-1</td><td>除夕–初二</td><td>1</td><td>5-1</td><td>1</td><td>1</td>
 *       <td>10-1–10-3</td><td>11</td></tr>
 *   <tr><td>2014–2024</td><td>1-1</td><td>初一–初三</td><td>1</td><td>5-1</td><td>1</td><td>1</td>
 *       <td>10-1–10-3</td><td>11</td></tr>
 *   <tr><td>2025–</td><td>1-1</td><td>除夕–初三</td><td>1</td><td>5-1–5-2</td><td>1</td><td>1</td>
 *       <td>10-1–10-3</td><td>13</td></tr>
 * </table>
 *
 * <p>Lunar dates and 清明 come from {@link FestivalDates}. The State Council then announces each year
 * how the statutory days are joined with weekends into longer breaks by adjusted working days (调休);
 * that announcement is the official table, which no regulation text can predict.
 */
public enum HolidayRegulation {
  /** The text revised in 1999, in force from 2000: ten days. */
  FROM_2000(2000, 3, false, 3, false),
  /**
   * The text revised in 2007, in force from 2008: eleven days, 除夕 and the traditional festivals.
   */
  FROM_2008(2008, 3, true, 1, true),
  /** The text revised in 2013, in force from 2014: eleven days, Spring Festival from 初一. */
  FROM_2014(2014, 3, false, 1, true),
  /** The text revised in 2024, in force from 2025: thirteen days. */
  FROM_2025(2025, 4, true, 2, true);

  /** The name of New Year's Day in holiday tables. */
  public static final String NEW_YEAR = "元旦";

  /** The name of Spring Festival in holiday tables. */
  public static final String SPRING_FESTIVAL = "春节";

  /** The name of 清明 in holiday tables. */
  public static final String QINGMING = "清明";

  /** The name of Labour Day in holiday tables. */
  public static final String LABOUR_DAY = "劳动节";

  /** The name of the Dragon Boat Festival in holiday tables. */
  public static final String DRAGON_BOAT = "端午";

  /** The name of the Mid-Autumn Festival in holiday tables. */
  public static final String MID_AUTUMN = "中秋";

  /** The name of National Day in holiday tables. */
  public static final String NATIONAL_DAY = "国庆节";

  private final int inForceFrom;
  private final int springFestivalDays;
  private final boolean fromTheEve;
  private final int labourDays;
  private final boolean traditionalFestivals;

  HolidayRegulation(
      int inForceFrom,
      int springFestivalDays,
      boolean fromTheEve,
      int labourDays,
      boolean traditionalFestivals) {
    this.inForceFrom = inForceFrom;
    this.springFestivalDays = springFestivalDays;
    this.fromTheEve = fromTheEve;
    this.labourDays = labourDays;
    this.traditionalFestivals = traditionalFestivals;
  }

  /**
   * The text in force in a year.
   *
   * @param year a year from 2000
   * @return the latest text in force from that year or earlier
   * @throws IllegalArgumentException for a year before 2000
   */
  public static HolidayRegulation inForce(int year) {
    HolidayRegulation[] texts = values();
    for (int i = texts.length - 1; i >= 0; i--) {
      if (texts[i].inForceFrom <= year) {
        return texts[i];
      }
    }
    throw ValueRefusedException.of("refused.HolidayRegulation.holidayRegulationKnownFrom", year);
  }

  /**
   * The year from whose 1 January this text is in force.
   *
   * @return the year, such as 2025
   */
  public int inForceFrom() {
    return inForceFrom;
  }

  /**
   * The number of statutory days off a year under this text.
   *
   * @return 10, 11 or 13
   */
  public int statutoryCount() {
    return 1 + springFestivalDays + labourDays + 3 + (traditionalFestivals ? 3 : 0);
  }

  /**
   * The statutory days of a year under this text, in order of date; two festivals may fall on the
   * same date (中秋 on 1 October, as in 2001 and 2020), and then both are listed.
   *
   * @param festivals the festival dates of the year
   * @return {@link #statutoryCount()} days
   */
  public List<StatutoryDay> statutoryDays(FestivalDates festivals) {
    Objects.requireNonNull(festivals, "festival dates");
    int year = festivals.year();
    List<StatutoryDay> days = new ArrayList<>(statutoryCount());
    days.add(new StatutoryDay(NEW_YEAR, LocalDate.of(year, 1, 1)));
    LocalDate springFirst = fromTheEve ? festivals.springFestivalEve() : festivals.springFestival();
    for (int i = 0; i < springFestivalDays; i++) {
      days.add(new StatutoryDay(SPRING_FESTIVAL, springFirst.plusDays(i)));
    }
    if (traditionalFestivals) {
      days.add(new StatutoryDay(QINGMING, festivals.qingming()));
      days.add(new StatutoryDay(DRAGON_BOAT, festivals.dragonBoat()));
      days.add(new StatutoryDay(MID_AUTUMN, festivals.midAutumn()));
    }
    for (int i = 0; i < labourDays; i++) {
      days.add(new StatutoryDay(LABOUR_DAY, LocalDate.of(year, 5, 1 + i)));
    }
    for (int i = 0; i < 3; i++) {
      days.add(new StatutoryDay(NATIONAL_DAY, LocalDate.of(year, 10, 1 + i)));
    }
    days.sort(null);
    return Collections.unmodifiableList(days);
  }

  /**
   * One statutory day off.
   *
   * @param festival the festival it belongs to, such as {@code 春节}
   * @param date its date
   */
  public record StatutoryDay(String festival, LocalDate date) implements Comparable<StatutoryDay> {

    /** Checks both are given. */
    public StatutoryDay {
      Objects.requireNonNull(festival, "a statutory day belongs to a festival");
      Objects.requireNonNull(date, "a statutory day has a date");
    }

    /** By date, then by festival name. */
    @Override
    public int compareTo(StatutoryDay other) {
      int byDate = date.compareTo(other.date);
      return byDate != 0 ? byDate : festival.compareTo(other.festival);
    }
  }
}
