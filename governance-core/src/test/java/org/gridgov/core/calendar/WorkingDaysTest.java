package org.gridgov.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.core.calendar.Shanghai.CALENDAR;
import static org.gridgov.core.calendar.Shanghai.at;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

  @Test
  void countsTheSpringFestivalAdjustedSundaysAsWorkingDays() {
    // given the Sundays before and after Spring Festival 2024
    LocalDate before = LocalDate.of(2024, 2, 4);
    LocalDate after = LocalDate.of(2024, 2, 18);

    // then both are adjusted working days
    assertThat(CALENDAR.kindOf(before)).isEqualTo(DayKind.ADJUSTED_WORKING_DAY);
    assertThat(CALENDAR.kindOf(after)).isEqualTo(DayKind.ADJUSTED_WORKING_DAY);
    assertThat(CALENDAR.isWorkingDay(before)).isTrue();
    assertThat(CALENDAR.isWorkingDay(after)).isTrue();
  }

  @Test
  void givesEveryDayOfTheSpringFestivalOff() {
    for (LocalDate date = LocalDate.of(2024, 2, 10);
        !date.isAfter(LocalDate.of(2024, 2, 17));
        date = date.plusDays(1)) {
      assertThat(CALENDAR.kindOf(date)).as(date.toString()).isEqualTo(DayKind.HOLIDAY);
      assertThat(CALENDAR.isWorkingDay(date)).as(date.toString()).isFalse();
    }
  }

  @Test
  void treatsAnOrdinarySaturdayAsADayOffAndAnOrdinaryTuesdayAsAWorkingDay() {
    assertThat(CALENDAR.kindOf(LocalDate.of(2024, 3, 9))).isEqualTo(DayKind.WEEKEND);
    assertThat(CALENDAR.kindOf(LocalDate.of(2024, 3, 5))).isEqualTo(DayKind.WEEKDAY);
  }

  @Test
  void countsTheWorkingDaysAfterTheFirstDateUpToAndIncludingTheLast() {
    // from the Friday before Spring Festival to the adjusted Sunday after it, only that Sunday
    assertThat(CALENDAR.workingDaysBetween(LocalDate.of(2024, 2, 9), LocalDate.of(2024, 2, 18)))
        .isEqualTo(1);
    // from the Thursday, the Friday counts too
    assertThat(CALENDAR.workingDaysBetween(LocalDate.of(2024, 2, 8), LocalDate.of(2024, 2, 18)))
        .isEqualTo(2);
  }

  @Test
  void countsNoWorkingDaysFromADateToItselfAndNegativeDaysBackwards() {
    LocalDate day = LocalDate.of(2024, 3, 5);
    assertThat(CALENDAR.workingDaysBetween(day, day)).isZero();
    assertThat(CALENDAR.workingDaysBetween(LocalDate.of(2024, 2, 18), LocalDate.of(2024, 2, 8)))
        .isEqualTo(-2);
  }

  @Test
  void counts251WorkingDaysIn2024And61InItsFirstQuarter() {
    assertThat(CALENDAR.workingDaysIn(Period.year(2024))).isEqualTo(251);
    assertThat(CALENDAR.workingDaysIn(YearQuarter.of(2024, 1).period())).isEqualTo(61);
  }

  @Test
  void setsADeadlineInWorkingDaysAtTheCloseOfTheLastCountedDay() {
    // given a work order dispatched on Tuesday morning with one working day
    Instant dispatched = at("2024-03-05T10:00");

    // when
    Instant deadline = CALENDAR.plusWorkingDays(dispatched, 1);

    // then the day of dispatch is not counted and Wednesday's close is the deadline
    assertThat(deadline).isEqualTo(at("2024-03-06T17:30"));
  }

  @Test
  void doesNotCountTheDayOfAStartBeforeOpening() {
    assertThat(CALENDAR.plusWorkingDays(at("2024-03-05T07:00"), 1))
        .isEqualTo(at("2024-03-06T17:30"));
  }

  @Test
  void countsAStartAfterClosingAsIfMadeTheNextWorkingMorning() {
    // dispatched after closing on Tuesday: counting starts on Wednesday, which is not counted
    assertThat(CALENDAR.plusWorkingDays(at("2024-03-05T18:00"), 1))
        .isEqualTo(at("2024-03-07T17:30"));
  }

  @Test
  void countsAStartOnASaturdayAsIfMadeOnMondayMorning() {
    assertThat(CALENDAR.plusWorkingDays(at("2024-03-09T10:00"), 1))
        .isEqualTo(at("2024-03-12T17:30"));
  }

  @Test
  void jumpsOverSpringFestivalToTheAdjustedSunday() {
    // dispatched on Thursday 2024-02-08 with two working days: Friday and the adjusted Sunday
    assertThat(CALENDAR.plusWorkingDays(at("2024-02-08T10:00"), 2))
        .isEqualTo(at("2024-02-18T17:30"));
  }

  @Test
  void givesTheCloseOfTheSameWorkingDayForZeroDays() {
    assertThat(CALENDAR.plusWorkingDays(at("2024-03-05T10:00"), 0))
        .isEqualTo(at("2024-03-05T17:30"));
  }

  @Test
  void refusesANegativeNumberOfWorkingDays() {
    assertThatThrownBy(() -> CALENDAR.plusWorkingDays(at("2024-03-05T10:00"), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a time limit is 0 to 10000 working days, got -1");
  }
}
