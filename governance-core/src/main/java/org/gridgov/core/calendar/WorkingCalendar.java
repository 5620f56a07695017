package org.gridgov.core.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.gridgov.core.common.Message;
import org.gridgov.core.common.Messages;
import org.gridgov.core.common.ValueRefusedException;

/**
 * The Chinese working calendar that time limits of work orders are counted on: which dates are
 * working days, the office hours of a working day, and deadline arithmetic in working days and
 * working hours.
 *
 * <p>A calendar is made of a {@link HolidayTable}, {@link WorkingHours} (by default {@linkplain
 * WorkingHours#standard() 08:30–12:00 and 14:00–17:30}), a zone (by default {@code Asia/Shanghai},
 * the zone of all mainland China) and a {@link BeyondCoverage} policy (by default {@linkplain
 * BeyondCoverage#PROVISIONAL provisional} years derived from the holiday regulation). Instances are
 * immutable and thread-safe; the {@code with...} methods return new calendars. The calendar never
 * reads the clock: callers pass instants, and the one method that needs "now" takes an {@link
 * InstantSource}.
 *
 * <h2>Working days and working moments</h2>
 *
 * A date is a <em>working day</em> unless it is a holiday in the table, or a Saturday or Sunday not
 * listed as an adjusted working day (see {@link DayKind}). A <em>working moment</em> is an instant
 * that, read in the calendar's zone, falls on a working day within a session of the working hours;
 * sessions include their start and exclude their end. In 2024, for example, 2024-02-09 (Friday) and
 * 2024-02-18 (Sunday, adjusted) are working days, 2024-02-10 to 2024-02-17 (Spring Festival) are
 * not.
 *
 * <h2>Starts outside office hours</h2>
 *
 * A time limit counts from the <em>next working moment</em> ({@link #nextWorkingMoment}): the start
 * itself if it is a working moment, otherwise the start of the next session on a working day. With
 * the standard hours, a work order dispatched at
 *
 * <ul>
 *   <li>Tuesday 2024-03-05 10:00 counts from 10:00 that day;
 *   <li>Tuesday 12:30, in the midday break, counts from 14:00 that day;
 *   <li>Tuesday 17:30 or 21:00 counts from Wednesday 08:30;
 *   <li>Friday 2024-02-09 18:00 (the eve of Spring Festival) counts from Sunday 2024-02-18 08:30,
 *       the adjusted working day.
 * </ul>
 *
 * <h2>Deadlines</h2>
 *
 * {@link #plusWorkingHours} counts working time from the next working moment and returns the
 * earliest instant at which that much working time has passed; it may be the end of a session (a
 * deadline at 12:00 is not pushed to 14:00). {@link #plusWorkingDays} is modelled on the Civil Code
 * (art. 201 and 203): the day counting starts on is not counted, and the deadline is the close of
 * business on the last counted day. It differs in one point, for consistency with working hours:
 * the start is first moved to the next working moment, so a work order dispatched on a Saturday or
 * after closing is treated as dispatched at the next opening, and the day after that is the first
 * counted. Every deadline is therefore on a working day, within a session or at its end.
 *
 * <h2>Dates beyond the holiday table</h2>
 *
 * Every method that has to classify a date outside {@link #coverage()}, the official table, either
 * takes the year's statutory holidays derived from the holiday regulation (policy {@link
 * BeyondCoverage#PROVISIONAL}, the default, for the years after the table up to {@link
 * StatutoryHolidays#lastYear()}), throws {@link CalendarRangeException} (policy {@link
 * BeyondCoverage#REFUSE}, and under the default for dates it cannot derive) or treats it as an
 * ordinary weekday or weekend (policy {@link BeyondCoverage#WEEKENDS_ONLY}). Such dates are
 * <em>provisional</em> ({@link #isProvisional(LocalDate)}): a deadline counted across them ({@link
 * #isProvisional(Instant, Instant)}) may move once the official schedule of the year is loaded.
 * Methods look only at the dates they need: a deadline that falls inside the coverage is found even
 * if a later year is unknown, and is not provisional.
 *
 * <p>Arguments must not be null. Amounts are limited to {@value #MAX_WORKING_DAYS} working days (or
 * as many days' working hours), some forty years, so that a mistaken amount fails quickly.
 */
public final class WorkingCalendar {

  /** The largest amount of working days that deadline arithmetic accepts. */
  public static final int MAX_WORKING_DAYS = 10_000;

  /** The zone of mainland China, the default zone of a working calendar. */
  public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private final HolidayTable table;

  /** The official table and the years derived after it. */
  private final DayIndex allDays;

  /** The dates this calendar's policy classifies by the index: {@code allDays} or a view. */
  private final DayIndex days;

  private final WorkingHours hours;
  private final ZoneId zone;
  private final BeyondCoverage beyondCoverage;

  /** Working time by arithmetic within the coverage; null to walk the days. */
  private final WorkingTimeIndex index;

  /** The longest time limit, computed once: {@link Duration#multipliedBy} counts in BigDecimal. */
  private final Duration longestLimit;

  /** Where each official year comes from, by year. */
  private final SortedMap<Integer, String> sources;

  private WorkingCalendar(
      HolidayTable table,
      DayIndex allDays,
      WorkingHours hours,
      ZoneId zone,
      BeyondCoverage beyondCoverage,
      SortedMap<Integer, String> sources) {
    this.table = table;
    this.sources = sources;
    this.allDays = allDays;
    this.hours = Objects.requireNonNull(hours, "a working calendar needs working hours");
    this.zone = Objects.requireNonNull(zone, "a working calendar needs a zone");
    this.beyondCoverage =
        Objects.requireNonNull(beyondCoverage, "a working calendar needs a policy beyond coverage");
    this.days = beyondCoverage == BeyondCoverage.PROVISIONAL ? allDays : allDays.officialOnly();
    this.index = WorkingTimeIndex.of(days, hours, zone);
    this.longestLimit = hours.perDay().multipliedBy(MAX_WORKING_DAYS);
  }

  private WorkingCalendar(WorkingCalendar walking) {
    this.table = walking.table;
    this.allDays = walking.allDays;
    this.days = walking.days;
    this.hours = walking.hours;
    this.zone = walking.zone;
    this.beyondCoverage = walking.beyondCoverage;
    this.sources = walking.sources;
    this.index = null;
    this.longestLimit = walking.longestLimit;
  }

  /** This calendar counting working time by walking the days; tests compare it with the index. */
  WorkingCalendar walkingTheDays() {
    return new WorkingCalendar(this);
  }

  /**
   * A calendar with the standard working hours, in {@code Asia/Shanghai}, deriving {@linkplain
   * BeyondCoverage#PROVISIONAL provisional} years after the table.
   *
   * @param table the holidays and adjusted working days
   * @return the calendar
   */
  public static WorkingCalendar of(HolidayTable table) {
    Objects.requireNonNull(table, "a working calendar needs a holiday table");
    SortedMap<Integer, String> sources = new TreeMap<>();
    for (int year = table.coverage().first().getYear();
        year <= table.coverage().last().getYear();
        year++) {
      sources.put(year, table.source());
    }
    return new WorkingCalendar(
        table,
        new DayIndex(table),
        WorkingHours.standard(),
        CHINA,
        BeyondCoverage.PROVISIONAL,
        Collections.unmodifiableSortedMap(sources));
  }

  /**
   * This calendar with official years added or replaced, as when the State Council has announced
   * next year's holidays: each year {@code years} covers takes the place of this calendar's
   * (provisional or official) days of that year. The years must join the official table, so that it
   * stays whole years without a gap: load 2027 before 2028. Days of the December before the years
   * that their notice adjusts ({@link HolidayTable#announcedWithNewYear}) are applied to the year
   * before where this calendar covers it.
   *
   * @param years the official holidays and adjusted working days of one or more whole years, such
   *     as read by {@code org.gridgov.core.io.HolidayFiles}
   * @return a new calendar; this one is unchanged
   * @throws IllegalArgumentException if the years leave a gap after or before the official table,
   *     or if their notice lists a day of the December before as a day off where the official year
   *     before has an adjusted working day, or the other way round
   */
  public WorkingCalendar withOfficialYears(HolidayTable years) {
    Objects.requireNonNull(years, "years");
    Period added = years.coverage();
    Period official = table.coverage();
    if (added.first().isAfter(official.last().plusDays(1))
        || added.last().isBefore(official.first().minusDays(1))) {
      throw ValueRefusedException.of(
          "refused.WorkingCalendar.officialYearsJoinCovered",
          HolidayTable.years(official),
          HolidayTable.years(added),
          (added.first().isAfter(official.last())
              ? official.last().getYear() + 1
              : official.first().getYear() - 1));
    }
    Map<LocalDate, String> holidays = new TreeMap<>(table.holidays());
    Map<LocalDate, String> adjusted = new TreeMap<>(table.adjustedWorkingDays());
    holidays.keySet().removeIf(added::contains);
    adjusted.keySet().removeIf(added::contains);
    checkDecemberBefore(years.holidays(), adjusted, years, Message.of(Messages.CORE, "cal.dayOff"));
    checkDecemberBefore(
        years.adjustedWorkingDays(), holidays, years, Message.of(Messages.CORE, "cal.workingDay"));
    for (Map.Entry<LocalDate, String> day : years.holidays().entrySet()) {
      if (added.contains(day.getKey()) || official.contains(day.getKey())) {
        holidays.put(day.getKey(), day.getValue());
      }
    }
    for (Map.Entry<LocalDate, String> day : years.adjustedWorkingDays().entrySet()) {
      if (added.contains(day.getKey()) || official.contains(day.getKey())) {
        adjusted.put(day.getKey(), day.getValue());
      }
    }
    SortedMap<Integer, String> merged = new TreeMap<>(sources);
    for (int year = added.first().getYear(); year <= added.last().getYear(); year++) {
      merged.put(year, years.source());
    }
    HolidayTable joined =
        new HolidayTable(
            new Period(
                official.first().isBefore(added.first()) ? official.first() : added.first(),
                official.last().isAfter(added.last()) ? official.last() : added.last()),
            holidays,
            adjusted,
            describe(merged));
    return new WorkingCalendar(
        joined,
        new DayIndex(joined),
        hours,
        zone,
        beyondCoverage,
        Collections.unmodifiableSortedMap(merged));
  }

  /**
   * Refuses days of late December that the loaded years' notice lists ({@link
   * HolidayTable#announcedWithNewYear}) as one kind where this calendar's official year before
   * lists them as the other: a day the year before leaves ordinary is settled by the later notice.
   */
  private void checkDecemberBefore(
      Map<LocalDate, String> listed,
      Map<LocalDate, String> otherKind,
      HolidayTable years,
      Message as) {
    for (Map.Entry<LocalDate, String> day : listed.entrySet()) {
      LocalDate date = day.getKey();
      if (!years.coverage().contains(date) && otherKind.containsKey(date)) {
        throw ValueRefusedException.of(
            "refused.WorkingCalendar.listedButOfficialHas",
            years.source(),
            date,
            day.getValue(),
            as,
            date.getYear(),
            sourceOf(date.getYear()),
            otherKind.get(date));
      }
    }
  }

  /** The sources of runs of years, such as {@code "2004–2026: chinese-days ...; 2027: ..."}. */
  private static String describe(SortedMap<Integer, String> sources) {
    StringBuilder text = new StringBuilder();
    Integer runStart = null;
    Integer previous = null;
    for (Map.Entry<Integer, String> year : sources.entrySet()) {
      if (runStart != null && !year.getValue().equals(sources.get(previous))) {
        appendRun(text, runStart, previous, sources.get(previous));
        runStart = null;
      }
      if (runStart == null) {
        runStart = year.getKey();
      }
      previous = year.getKey();
    }
    appendRun(text, runStart, previous, sources.get(previous));
    return text.toString();
  }

  private static void appendRun(StringBuilder text, int first, int last, String source) {
    if (text.length() > 0) {
      text.append("; ");
    }
    text.append(first == last ? Integer.toString(first) : first + "–" + last)
        .append(": ")
        .append(source);
  }

  /**
   * Where the days of a year come from: the source of its official schedule, or, for a provisional
   * year, the regulation text they are derived by.
   *
   * @param year a year
   * @return such as {@code "chinese-days 1.5.7 (npm) ..."} or {@code "provisional: statutory
   *     holidays of the holiday regulation in force from 2025"}; {@code "not covered"} for a year
   *     this calendar refuses
   */
  public String sourceOf(int year) {
    String official = sources.get(year);
    if (official != null) {
      return official;
    }
    Optional<Period> provisional = provisionalPeriod();
    if (provisional.isPresent()
        && year >= provisional.get().first().getYear()
        && year <= provisional.get().last().getYear()) {
      return "provisional: statutory holidays of the holiday regulation in force from "
          + HolidayRegulation.inForce(year).inForceFrom()
          + ", no adjusted working days";
    }
    if (beyondCoverage == BeyondCoverage.WEEKENDS_ONLY) {
      return "provisional: weekends only";
    }
    return "not covered";
  }

  /**
   * How many days of the official table are left after a date: 0 on its last day, negative once
   * past it. Hosts warn ahead, since the State Council announces a year in November before.
   *
   * @param today the date to count from, in the calendar's zone
   * @return the days from {@code today} to the last official date
   */
  public long officialDaysLeft(LocalDate today) {
    Objects.requireNonNull(today, "today");
    return ChronoUnit.DAYS.between(today, table.coverage().last());
  }

  /**
   * This calendar with other working hours.
   *
   * @param workingHours the office hours of a working day
   * @return a new calendar
   */
  public WorkingCalendar withWorkingHours(WorkingHours workingHours) {
    return new WorkingCalendar(table, allDays, workingHours, zone, beyondCoverage, sources);
  }

  /**
   * This calendar read in another zone.
   *
   * @param zone the zone office hours are kept in
   * @return a new calendar
   */
  public WorkingCalendar withZone(ZoneId zone) {
    return new WorkingCalendar(table, allDays, hours, zone, beyondCoverage, sources);
  }

  /**
   * This calendar with another policy for dates beyond the holiday table.
   *
   * @param policy what to do with such dates
   * @return a new calendar
   */
  public WorkingCalendar withBeyondCoverage(BeyondCoverage policy) {
    return new WorkingCalendar(table, allDays, hours, zone, policy, sources);
  }

  /**
   * The dates the holiday table covers; check here before asking about far dates.
   *
   * @return whole years, such as 2004-01-01..2026-12-31
   */
  public Period coverage() {
    return table.coverage();
  }

  /**
   * The dates this calendar derives from the holiday regulation because the official table does not
   * have them.
   *
   * @return the years after the table up to {@link StatutoryHolidays#lastYear()}, such as
   *     2027-01-01..2100-12-31; empty unless the policy is {@link BeyondCoverage#PROVISIONAL} and
   *     the year after the table can be derived
   */
  public Optional<Period> provisionalPeriod() {
    if (days.size() == days.officialOnly().size()) {
      return Optional.empty();
    }
    return Optional.of(new Period(table.coverage().last().plusDays(1), days.last()));
  }

  /**
   * Whether what this calendar says of a date is provisional: the date is outside the official
   * table, and the calendar derives it ({@link BeyondCoverage#PROVISIONAL}) or guesses it ({@link
   * BeyondCoverage#WEEKENDS_ONLY}) rather than refusing it.
   *
   * @param date the date
   * @return true if the date's kind may change once its year's official schedule is loaded
   */
  public boolean isProvisional(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return beyondCoverage != BeyondCoverage.REFUSE && !table.coverage().contains(date);
  }

  /**
   * Whether anything counted from one instant to another is provisional: some date from the first
   * instant's to the second's, read in the calendar's zone, is {@linkplain
   * #isProvisional(LocalDate) provisional}. A deadline due by {@code to} for a time limit that
   * started at {@code from} is provisional exactly then.
   *
   * @param from the first instant, such as a dispatch
   * @param to the second, such as its deadline; may be before {@code from}
   * @return true if a date in between is provisional
   */
  public boolean isProvisional(Instant from, Instant to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    return isProvisional(dateOf(earliest(from, to))) || isProvisional(dateOf(latest(from, to)));
  }

  /**
   * The holiday table.
   *
   * @return the table
   */
  public HolidayTable holidayTable() {
    return table;
  }

  /**
   * The office hours of a working day.
   *
   * @return the working hours
   */
  public WorkingHours workingHours() {
    return hours;
  }

  /**
   * The zone office hours are kept in.
   *
   * @return the zone, {@code Asia/Shanghai} by default
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * What this calendar does with dates beyond the holiday table.
   *
   * @return the policy
   */
  public BeyondCoverage beyondCoverage() {
    return beyondCoverage;
  }

  /**
   * What kind of day a date is.
   *
   * @param date the date
   * @return its kind; beyond the coverage, its provisional kind under {@link
   *     BeyondCoverage#PROVISIONAL} and {@link DayKind#WEEKDAY} or {@link DayKind#WEEKEND} under
   *     {@link BeyondCoverage#WEEKENDS_ONLY}
   * @throws CalendarRangeException if the date is beyond the coverage and the policy is {@link
   *     BeyondCoverage#REFUSE}, or beyond the years the policy {@link BeyondCoverage#PROVISIONAL}
   *     can derive
   */
  public DayKind kindOf(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (days.covers(date)) {
      return days.kindOf(date);
    }
    if (beyondCoverage != BeyondCoverage.WEEKENDS_ONLY) {
      throw new CalendarRangeException(date, new Period(table.coverage().first(), days.last()));
    }
    return HolidayTable.isWeekend(date) ? DayKind.WEEKEND : DayKind.WEEKDAY;
  }

  /**
   * Whether a date is a working day.
   *
   * @param date the date
   * @return true for an ordinary weekday that is not a holiday and for an adjusted working day
   * @throws CalendarRangeException if the date is beyond the coverage and the policy is {@link
   *     BeyondCoverage#REFUSE}
   */
  public boolean isWorkingDay(LocalDate date) {
    return kindOf(date).isWorkingDay();
  }

  /**
   * Whether an instant is a working moment: on a working day, within a session.
   *
   * @param instant the instant
   * @return true if office hours are running at that instant
   * @throws CalendarRangeException if its date is beyond the coverage and the policy refuses it
   */
  public boolean isWorkingMoment(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    if (index != null && index.covers(instant, instant)) {
      return index.isWorkingMoment(instant);
    }
    return nextWorkingMoment(instant).equals(instant);
  }

  /**
   * The moment a time limit started at {@code start} begins to run: {@code start} itself if it is a
   * working moment, else the start of the next session on a working day. With the standard hours,
   * 2024-02-09T18:00 (Friday, Asia/Shanghai) gives 2024-02-18T08:30, the adjusted Sunday after
   * Spring Festival.
   *
   * @param start any instant
   * @return the next working moment, not before {@code start}
   * @throws CalendarRangeException if a date that must be classified is beyond the coverage and the
   *     policy refuses it
   */
  public Instant nextWorkingMoment(Instant start) {
    Objects.requireNonNull(start, "start");
    for (LocalDate date = dateOf(start); ; date = date.plusDays(1)) {
      if (!at(date, hours.closing()).isAfter(start) || !isWorkingDay(date)) {
        continue;
      }
      for (WorkingHours.Session session : hours.sessions()) {
        Instant end = at(date, session.end());
        if (end.isAfter(start)) {
          return latest(start, at(date, session.start()));
        }
      }
    }
  }

  /**
   * The deadline a given amount of working time after a start.
   *
   * <p>Working time is counted from the {@linkplain #nextWorkingMoment next working moment}; the
   * result is the earliest instant by which that much working time has passed. With the standard
   * hours in 2024:
   *
   * <ul>
   *   <li>Tuesday 03-05 10:00 plus 2 hours is 12:00 the same day (the end of the morning session);
   *   <li>Tuesday 03-05 11:00 plus 2 hours is 15:00 (one hour before, one after the midday break);
   *   <li>Tuesday 03-05 16:30 plus 2 hours is Wednesday 03-06 09:30;
   *   <li>Friday 02-09 17:00 plus 1 hour is Sunday 02-18 09:00 (after Spring Festival).
   * </ul>
   *
   * An amount of zero gives the next working moment. Always {@code workingTimeBetween(start,
   * result)} equals {@code amount}.
   *
   * @param start when the time limit starts
   * @param amount the working time allowed, zero or more
   * @return the deadline, on a working day, within a session or at its end
   * @throws IllegalArgumentException if the amount is negative or more than {@value
   *     #MAX_WORKING_DAYS} days' working hours
   * @throws CalendarRangeException if a date that must be classified is beyond the coverage and the
   *     policy refuses it
   */
  public Instant plusWorkingHours(Instant start, Duration amount) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(amount, "amount");
    if (amount.isNegative()) {
      throw ValueRefusedException.of("refused.WorkingCalendar.timeLimitZeroMore", amount);
    }
    if (amount.compareTo(longestLimit) > 0) {
      throw ValueRefusedException.of(
          "refused.WorkingCalendar.timeLimitAtMost",
          MAX_WORKING_DAYS,
          longestLimit.toHours(),
          amount);
    }
    if (amount.isZero()) {
      return nextWorkingMoment(start);
    }
    if (index != null && index.covers(start, start)) {
      Instant due = index.plus(start, amount);
      if (due != null) {
        return due;
      }
    }
    Duration remaining = amount;
    for (LocalDate date = dateOf(start); ; date = date.plusDays(1)) {
      if (!at(date, hours.closing()).isAfter(start) || !isWorkingDay(date)) {
        continue;
      }
      for (WorkingHours.Session session : hours.sessions()) {
        Instant from = latest(start, at(date, session.start()));
        Instant to = at(date, session.end());
        if (!to.isAfter(from)) {
          continue;
        }
        Duration available = Duration.between(from, to);
        if (remaining.compareTo(available) <= 0) {
          return from.plus(remaining);
        }
        remaining = remaining.minus(available);
      }
    }
  }

  /**
   * The deadline a given number of working hours after a start; see {@link
   * #plusWorkingHours(Instant, Duration)}.
   *
   * @param start when the time limit starts
   * @param hours the working hours allowed, zero or more
   * @return the deadline
   * @throws IllegalArgumentException if the hours are negative or too many
   * @throws CalendarRangeException if a date that must be classified is beyond the coverage and the
   *     policy refuses it
   */
  public Instant plusWorkingHours(Instant start, long hours) {
    if (hours < 0) {
      throw ValueRefusedException.of("refused.WorkingCalendar.hoursZeroOrMore", hours);
    }
    if (hours > 24L * MAX_WORKING_DAYS) {
      throw ValueRefusedException.of(
          "refused.WorkingCalendar.hoursAtMost", MAX_WORKING_DAYS, hours);
    }
    return plusWorkingHours(start, Duration.ofHours(hours));
  }

  /**
   * The deadline a given number of working days after a start: the close of office hours on the
   * {@code workingDays}-th working day after the day of the {@linkplain #nextWorkingMoment next
   * working moment}. The day counting starts on is not counted, as in the Civil Code (art. 201),
   * and the deadline is the close of business on the last day (art. 203). With the standard hours
   * in 2024:
   *
   * <ul>
   *   <li>Tuesday 03-05 10:00 plus 1 working day is Wednesday 03-06 17:30;
   *   <li>Tuesday 03-05 07:00 (before opening) plus 1 is also Wednesday 03-06 17:30;
   *   <li>Tuesday 03-05 18:00 (after closing) plus 1 is Thursday 03-07 17:30, since counting starts
   *       on Wednesday;
   *   <li>Thursday 02-08 10:00 plus 2 is Sunday 02-18 17:30: Friday 02-09 and the adjusted Sunday
   *       count, Spring Festival 02-10 to 02-17 does not;
   *   <li>Tuesday 03-05 10:00 plus 0 is Tuesday 17:30 (within the same working day).
   * </ul>
   *
   * Always {@code workingDaysBetween(date of nextWorkingMoment(start), date of result)} equals
   * {@code workingDays}.
   *
   * @param start when the time limit starts
   * @param workingDays the working days allowed, zero to {@value #MAX_WORKING_DAYS}
   * @return the deadline, at the close of a working day
   * @throws IllegalArgumentException if the days are negative or too many
   * @throws CalendarRangeException if a date that must be classified is beyond the coverage and the
   *     policy refuses it
   */
  public Instant plusWorkingDays(Instant start, int workingDays) {
    if (workingDays < 0 || workingDays > MAX_WORKING_DAYS) {
      throw ValueRefusedException.of(
          "refused.WorkingCalendar.timeLimitWorkingDays", MAX_WORKING_DAYS, workingDays);
    }
    LocalDate date = dateOf(nextWorkingMoment(start));
    for (int counted = 0; counted < workingDays; ) {
      date = date.plusDays(1);
      if (isWorkingDay(date)) {
        counted++;
      }
    }
    return at(date, hours.closing());
  }

  /**
   * The number of working days after {@code from} up to and including {@code to}: the days {@code
   * d} with {@code from < d <= to}. Counting this way makes ranges add up ({@code between(a, b) +
   * between(b, c) == between(a, c)}) and matches {@link #plusWorkingDays}, which does not count the
   * first day. From Friday 2024-02-09 to Sunday 2024-02-18 there is 1 working day (the adjusted
   * Sunday); from a date to itself there are 0; if {@code to} is before {@code from} the result is
   * the negative of the count the other way.
   *
   * @param from the day before the first day counted
   * @param to the last day counted
   * @return the number of working days, negative if {@code to} is before {@code from}
   * @throws CalendarRangeException if a counted date is beyond the coverage and the policy refuses
   *     it
   */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      return -workingDaysBetween(to, from);
    }
    if (from.isEqual(to)) {
      return 0;
    }
    if (days.covers(from.plusDays(1)) && days.covers(to)) {
      return days.workingDaysBetween(from, to);
    }
    int count = 0;
    for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
      if (isWorkingDay(date)) {
        count++;
      }
    }
    return count;
  }

  /**
   * The number of working days in a period, both ends included; for a quarter's or a year's
   * figures.
   *
   * @param period the period
   * @return the number of working days in it; 2024 has 251
   * @throws CalendarRangeException if a date of the period is beyond the coverage and the policy
   *     refuses it
   */
  public int workingDaysIn(Period period) {
    Objects.requireNonNull(period, "period");
    return workingDaysBetween(period.first().minusDays(1), period.last());
  }

  /**
   * The working time between two instants: how much of {@code [a, b)} falls within sessions on
   * working days. Tuesday 2024-03-05 11:00 to 15:00 is two hours; Friday 2024-02-09 17:00 to Sunday
   * 2024-02-18 09:00 is one hour. If {@code b} is before {@code a} the result is negative.
   *
   * @param a the first instant
   * @param b the second instant
   * @return the working time from {@code a} to {@code b}
   * @throws CalendarRangeException if a date on which the interval meets office hours is beyond the
   *     coverage and the policy refuses it
   */
  public Duration workingTimeBetween(Instant a, Instant b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    if (index != null && index.covers(a, b)) {
      return index.between(a, b);
    }
    if (b.isBefore(a)) {
      return workingTimeBetween(b, a).negated();
    }
    Duration sum = Duration.ZERO;
    LocalDate last = dateOf(b);
    for (LocalDate date = dateOf(a); !date.isAfter(last); date = date.plusDays(1)) {
      if (!at(date, hours.closing()).isAfter(a)
          || !at(date, hours.opening()).isBefore(b)
          || !isWorkingDay(date)) {
        continue;
      }
      for (WorkingHours.Session session : hours.sessions()) {
        Instant from = latest(a, at(date, session.start()));
        Instant to = earliest(b, at(date, session.end()));
        if (to.isAfter(from)) {
          sum = sum.plus(Duration.between(from, to));
        }
      }
    }
    return sum;
  }

  /**
   * The share of a time limit that has elapsed, in working time: {@code workingTimeBetween(start,
   * now) / workingTimeBetween(start, deadline)}. Traffic lights compare it with thresholds such as
   * 0.8 (yellow) and 1.0 (red). It is 0 before the start and grows past 1 after the deadline. A
   * time limit with no working time in it (a deadline at the next working moment) has elapsed share
   * 0 before the deadline and 1 from then on.
   *
   * @param start when the time limit started
   * @param deadline when it falls due, not before the start
   * @param clock where "now" is read
   * @return the elapsed share, 0 or more
   * @throws IllegalArgumentException if the deadline is before the start
   * @throws CalendarRangeException if a date that must be classified is beyond the coverage and the
   *     policy refuses it
   */
  public double elapsedShare(Instant start, Instant deadline, InstantSource clock) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(clock, "clock");
    if (deadline.isBefore(start)) {
      throw ValueRefusedException.of(
          "refused.WorkingCalendar.deadlineNotBeforeStart", start, deadline);
    }
    Instant now = clock.instant();
    Duration allowed = workingTimeBetween(start, deadline);
    if (allowed.isZero()) {
      return now.isBefore(deadline) ? 0.0 : 1.0;
    }
    if (!now.isAfter(start)) {
      return 0.0;
    }
    Duration elapsed = workingTimeBetween(start, now);
    return (double) elapsed.toNanos() / allowed.toNanos();
  }

  private LocalDate dateOf(Instant instant) {
    return LocalDate.ofInstant(instant, zone);
  }

  private Instant at(LocalDate date, LocalTime time) {
    return ZonedDateTime.of(date, time, zone).toInstant();
  }

  private static Instant latest(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant earliest(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  @Override
  public String toString() {
    return "WorkingCalendar["
        + table.coverage()
        + ", "
        + hours
        + " "
        + zone
        + ", beyond coverage "
        + beyondCoverage
        + "]";
  }
}
