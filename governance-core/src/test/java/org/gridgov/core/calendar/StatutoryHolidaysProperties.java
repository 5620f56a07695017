package org.gridgov.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.core.calendar.Shanghai.CALENDAR;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the statutory holidays derived from the regulation and of provisional years. */
class StatutoryHolidaysProperties {

  @Property(tries = 23)
  void everyStatutoryDayOfAnOfficialYearIsOneOfItsAnnouncedHolidays(
      @ForAll @IntRange(min = 2004, max = 2026) int year) {
    for (HolidayRegulation.StatutoryDay day : StatutoryHolidays.statutoryDays(year)) {
      assertThat(CALENDAR.kindOf(day.date())).as(day.toString()).isEqualTo(DayKind.HOLIDAY);
    }
  }

  @Property(tries = 200)
  void aProvisionalYearTakesOffExactlyTheStatutoryNumberOfWorkingDays(
      @ForAll @IntRange(min = 2027, max = 2100) int year) {
    // working days lost to holidays: the weekdays of the year that are holidays
    int lost = 0;
    for (LocalDate date = LocalDate.of(year, 1, 1);
        date.getYear() == year;
        date = date.plusDays(1)) {
      if (CALENDAR.kindOf(date) == DayKind.HOLIDAY && !HolidayTable.isWeekend(date)) {
        lost++;
      }
      assertThat(CALENDAR.kindOf(date)).isNotEqualTo(DayKind.ADJUSTED_WORKING_DAY);
      assertThat(CALENDAR.isProvisional(date)).isTrue();
    }

    assertThat(lost).isEqualTo(HolidayRegulation.inForce(year).statutoryCount());
    // and every statutory day is off
    for (HolidayRegulation.StatutoryDay day : StatutoryHolidays.statutoryDays(year)) {
      assertThat(CALENDAR.isWorkingDay(day.date())).as(day.toString()).isFalse();
    }
    // the calendar's days are those the derivation gives
    Map<LocalDate, String> derived = StatutoryHolidays.provisionalHolidays(year);
    for (LocalDate date : derived.keySet()) {
      assertThat(CALENDAR.kindOf(date)).isEqualTo(DayKind.HOLIDAY);
    }
  }

  @Provide
  Arbitrary<Instant> startsAroundTheEndOfTheTable() {
    return Arbitraries.longs()
        .between(
            Shanghai.at("2026-06-01T00:00").getEpochSecond() / 60,
            Shanghai.at("2040-12-31T23:59").getEpochSecond() / 60)
        .map(minute -> Instant.ofEpochSecond(minute * 60));
  }

  @Property(tries = 300)
  void aDeadlineNeverLandsOnAHolidayOrAWeekendThatIsNotAnAdjustedWorkingDay(
      @ForAll("startsAroundTheEndOfTheTable") Instant start,
      @ForAll @IntRange(min = 0, max = 400) int workingDays,
      @ForAll @IntRange(min = 0, max = 3000) int workingHours) {
    LocalDate byDays =
        LocalDate.ofInstant(CALENDAR.plusWorkingDays(start, workingDays), Shanghai.ZONE);
    LocalDate byHours =
        LocalDate.ofInstant(CALENDAR.plusWorkingHours(start, workingHours), Shanghai.ZONE);

    for (LocalDate due : new LocalDate[] {byDays, byHours}) {
      DayKind kind = CALENDAR.kindOf(due);
      assertThat(kind).isIn(DayKind.WEEKDAY, DayKind.ADJUSTED_WORKING_DAY);
      if (due.getDayOfWeek() == DayOfWeek.SATURDAY || due.getDayOfWeek() == DayOfWeek.SUNDAY) {
        assertThat(kind).isEqualTo(DayKind.ADJUSTED_WORKING_DAY);
      }
    }
  }

  @Property(tries = 200)
  void theFastPathsAndTheWalkAgreeAcrossProvisionalYears(
      @ForAll("startsAroundTheEndOfTheTable") Instant start,
      @ForAll @IntRange(min = 0, max = 3000) int workingHours) {
    WorkingCalendar walking = CALENDAR.walkingTheDays();
    Instant due = CALENDAR.plusWorkingHours(start, workingHours);

    assertThat(walking.plusWorkingHours(start, workingHours)).isEqualTo(due);
    assertThat(walking.workingTimeBetween(start, due))
        .isEqualTo(CALENDAR.workingTimeBetween(start, due));
  }
}
