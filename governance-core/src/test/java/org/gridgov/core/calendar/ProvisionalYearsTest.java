package org.gridgov.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.core.calendar.Shanghai.CALENDAR;
import static org.gridgov.core.calendar.Shanghai.at;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The default calendar past the official table: statutory holidays derived, marked provisional. */
class ProvisionalYearsTest {

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void derivesTheYearsAfterTheTableByDefault() {
    assertThat(CALENDAR.beyondCoverage()).isEqualTo(BeyondCoverage.PROVISIONAL);
    assertThat(CALENDAR.provisionalPeriod())
        .contains(Period.of(date("2027-01-01"), date("2100-12-31")));
  }

  @Test
  void newYearsDayAndSpringFestival2027AreDaysOff() {
    // New Year's Day, a Friday
    assertThat(CALENDAR.kindOf(date("2027-01-01"))).isEqualTo(DayKind.HOLIDAY);
    // Spring Festival is 2027-02-06, a Saturday: 除夕 Friday 02-05 to 初三 Monday 02-08 are the
    // statutory days, and the two falling on the weekend are made up on Tuesday and Wednesday
    for (String day : new String[] {"2027-02-05", "2027-02-08", "2027-02-09", "2027-02-10"}) {
      assertThat(CALENDAR.kindOf(date(day))).as(day).isEqualTo(DayKind.HOLIDAY);
    }
    assertThat(CALENDAR.isWorkingDay(date("2027-02-04"))).isTrue();
    assertThat(CALENDAR.isWorkingDay(date("2027-02-11"))).isTrue();
    // no weekend is guessed to be an adjusted working day
    assertThat(CALENDAR.kindOf(date("2027-02-14"))).isEqualTo(DayKind.WEEKEND);
  }

  @Test
  void aDeadlineIntoJanuary2027IsComputedAndProvisional() {
    // given an order dispatched on Monday 2026-12-28
    Instant dispatched = at("2026-12-28T10:00");

    // when five working days are allowed
    Instant due = CALENDAR.plusWorkingDays(dispatched, 5);

    // then Tuesday to Thursday count, New Year's Day does not, and Monday and Tuesday do
    assertThat(due).isEqualTo(at("2027-01-05T17:30"));
    assertThat(CALENDAR.isProvisional(dispatched, due)).isTrue();
    // five whole days after the rest of the Monday, 12:00 to 10:00 less the midday break
    assertThat(CALENDAR.workingTimeBetween(dispatched, due))
        .isEqualTo(CALENDAR.workingHours().perDay().multipliedBy(5).plusMinutes(330));
  }

  @Test
  void aDeadlineWithinTheTableIsNotProvisional() {
    Instant dispatched = at("2026-12-28T10:00");
    Instant due = CALENDAR.plusWorkingDays(dispatched, 3);

    assertThat(due).isEqualTo(at("2026-12-31T17:30"));
    assertThat(CALENDAR.isProvisional(dispatched, due)).isFalse();
    assertThat(CALENDAR.isProvisional(date("2026-12-31"))).isFalse();
    assertThat(CALENDAR.isProvisional(date("2027-01-01"))).isTrue();
  }

  @Test
  void theFastPathsAgreeWithWalkingTheDaysAcrossProvisionalYears() {
    WorkingCalendar walking = CALENDAR.walkingTheDays();
    Instant start = at("2026-12-28T16:45");
    for (long hours : new long[] {1, 7, 40, 400, 4000}) {
      assertThat(CALENDAR.plusWorkingHours(start, hours))
          .as("%d hours", hours)
          .isEqualTo(walking.plusWorkingHours(start, hours));
    }
    assertThat(CALENDAR.workingTimeBetween(start, at("2031-06-01T09:00")))
        .isEqualTo(walking.workingTimeBetween(start, at("2031-06-01T09:00")));
  }

  @Test
  void aRefusingCalendarHasNoProvisionalDates() {
    WorkingCalendar refusing = CALENDAR.withBeyondCoverage(BeyondCoverage.REFUSE);

    assertThat(refusing.provisionalPeriod()).isEmpty();
    assertThat(refusing.isProvisional(date("2027-01-01"))).isFalse();
  }
}
