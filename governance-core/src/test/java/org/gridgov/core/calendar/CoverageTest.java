package org.gridgov.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.core.calendar.Shanghai.CALENDAR;
import static org.gridgov.core.calendar.Shanghai.at;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CoverageTest {

  /** The shipped table with a host's choice to refuse dates beyond it. */
  private static final WorkingCalendar REFUSING =
      CALENDAR.withBeyondCoverage(BeyondCoverage.REFUSE);

  @Test
  void coversTheWholeYears2004To2026() {
    assertThat(CALENDAR.coverage())
        .isEqualTo(Period.of(LocalDate.of(2004, 1, 1), LocalDate.of(2026, 12, 31)));
  }

  @Test
  void refusesADateAfterTheCoveredYearsNamingTheDateAndTheYears() {
    assertThatThrownBy(() -> REFUSING.isWorkingDay(LocalDate.of(2027, 1, 4)))
        .isInstanceOfSatisfying(
            CalendarRangeException.class,
            e -> {
              assertThat(e.date()).isEqualTo(LocalDate.of(2027, 1, 4));
              assertThat(e.coverage()).isEqualTo(REFUSING.coverage());
            })
        .hasMessage(
            "the working calendar covers 2004–2026 (2004-01-01..2026-12-31),"
                + " it has no holidays for 2027-01-04");
  }

  @Test
  void refusesADateBeforeTheCoveredYearsEvenUnderTheDefaultPolicy() {
    assertThatThrownBy(() -> CALENDAR.kindOf(LocalDate.of(2003, 12, 31)))
        .isInstanceOf(CalendarRangeException.class)
        .hasMessage(
            "the working calendar covers 2004–2100 (2004-01-01..2100-12-31),"
                + " it has no holidays for 2003-12-31");
    assertThatThrownBy(() -> REFUSING.kindOf(LocalDate.of(2003, 12, 31)))
        .isInstanceOf(CalendarRangeException.class)
        .hasMessageContaining("2003-12-31");
  }

  @Test
  void refusesADateAfterTheLastYearItCanDeriveEvenUnderTheDefaultPolicy() {
    assertThatThrownBy(() -> CALENDAR.kindOf(LocalDate.of(2101, 1, 3)))
        .isInstanceOf(CalendarRangeException.class)
        .hasMessageContaining("2101-01-03");
  }

  @Test
  void refusesADeadlineThatRunsPastTheCoveredYearsWhenTheHostChoosesSo() {
    assertThatThrownBy(() -> REFUSING.plusWorkingDays(at("2026-12-30T10:00"), 5))
        .isInstanceOf(CalendarRangeException.class)
        .hasMessageContaining("2027-01-01");
  }

  @Test
  void findsADeadlineOnTheLastCoveredDayWithoutAskingAboutTheNextYear() {
    assertThat(CALENDAR.plusWorkingHours(at("2026-12-31T16:00"), 1))
        .isEqualTo(at("2026-12-31T17:00"));
    assertThat(CALENDAR.workingTimeBetween(at("2026-12-31T16:00"), at("2027-01-01T00:00")))
        .hasMinutes(90);
  }

  @Test
  void treatsUncoveredDatesAsOrdinaryWeekdaysAndWeekendsWhenTheHostChoosesSo() {
    // given a host that accepts weekends-only beyond the table
    WorkingCalendar lenient = CALENDAR.withBeyondCoverage(BeyondCoverage.WEEKENDS_ONLY);

    // then New Year's Day 2027, a Friday not yet in the table, counts as a working day
    assertThat(lenient.kindOf(LocalDate.of(2027, 1, 1))).isEqualTo(DayKind.WEEKDAY);
    assertThat(lenient.kindOf(LocalDate.of(2027, 1, 2))).isEqualTo(DayKind.WEEKEND);
    assertThat(lenient.plusWorkingDays(at("2026-12-30T10:00"), 5))
        .isEqualTo(at("2027-01-06T17:30"));
    // and the covered years still use the table
    assertThat(lenient.kindOf(LocalDate.of(2026, 1, 1))).isEqualTo(DayKind.HOLIDAY);
    // and what it guesses is provisional
    assertThat(lenient.isProvisional(LocalDate.of(2027, 1, 1))).isTrue();
    assertThat(lenient.provisionalPeriod()).isEmpty();
  }
}
