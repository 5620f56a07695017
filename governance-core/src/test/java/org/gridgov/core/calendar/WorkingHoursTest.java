package org.gridgov.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.core.calendar.Shanghai.CALENDAR;
import static org.gridgov.core.calendar.Shanghai.at;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import org.gridgov.core.calendar.WorkingHours.Session;
import org.junit.jupiter.api.Test;

class WorkingHoursTest {

  private static Session session(String start, String end) {
    return Session.of(LocalTime.parse(start), LocalTime.parse(end));
  }

  @Test
  void hasSevenStandardHoursFromHalfPastEightToHalfPastFiveWithAMiddayBreak() {
    WorkingHours standard = WorkingHours.standard();

    assertThat(standard.perDay()).isEqualTo(Duration.ofHours(7));
    assertThat(standard.opening()).isEqualTo(LocalTime.of(8, 30));
    assertThat(standard.closing()).isEqualTo(LocalTime.of(17, 30));
    assertThat(standard.contains(LocalTime.of(12, 0))).isFalse();
    assertThat(standard.contains(LocalTime.of(14, 0))).isTrue();
    assertThat(standard).hasToString("08:30–12:00, 14:00–17:30");
  }

  @Test
  void refusesASessionThatEndsBeforeItStarts() {
    assertThatThrownBy(() -> session("12:00", "08:30"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a working session ends after it starts, got 12:00–08:30");
  }

  @Test
  void refusesOverlappingSessions() {
    assertThatThrownBy(() -> WorkingHours.of(session("08:30", "12:00"), session("11:00", "17:30")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "working sessions are in order and do not overlap, got 08:30–12:00 then 11:00–17:30");
  }

  @Test
  void refusesWorkingHoursWithoutASession() {
    assertThatThrownBy(WorkingHours::of)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("working hours have at least one session, got none");
  }

  @Test
  void countsAStartDuringOfficeHoursFromTheStartItself() {
    assertThat(CALENDAR.nextWorkingMoment(at("2024-03-05T10:00")))
        .isEqualTo(at("2024-03-05T10:00"));
    assertThat(CALENDAR.isWorkingMoment(at("2024-03-05T10:00"))).isTrue();
  }

  @Test
  void countsAStartInTheMiddayBreakFromTwoOClock() {
    assertThat(CALENDAR.nextWorkingMoment(at("2024-03-05T12:30")))
        .isEqualTo(at("2024-03-05T14:00"));
    assertThat(CALENDAR.isWorkingMoment(at("2024-03-05T12:00"))).isFalse();
  }

  @Test
  void countsAStartAtClosingTimeFromTheNextMorning() {
    assertThat(CALENDAR.nextWorkingMoment(at("2024-03-05T17:30")))
        .isEqualTo(at("2024-03-06T08:30"));
  }

  @Test
  void countsAStartOnTheEveOfSpringFestivalFromTheAdjustedSunday() {
    assertThat(CALENDAR.nextWorkingMoment(at("2024-02-09T18:00")))
        .isEqualTo(at("2024-02-18T08:30"));
  }

  @Test
  void endsADeadlineAtNoonRatherThanAfterTheMiddayBreak() {
    assertThat(CALENDAR.plusWorkingHours(at("2024-03-05T10:00"), 2))
        .isEqualTo(at("2024-03-05T12:00"));
  }

  @Test
  void carriesWorkingHoursOverTheMiddayBreak() {
    assertThat(CALENDAR.plusWorkingHours(at("2024-03-05T11:00"), 2))
        .isEqualTo(at("2024-03-05T15:00"));
  }

  @Test
  void carriesWorkingHoursOverToTheNextMorning() {
    assertThat(CALENDAR.plusWorkingHours(at("2024-03-05T16:30"), 2))
        .isEqualTo(at("2024-03-06T09:30"));
  }

  @Test
  void carriesWorkingHoursOverSpringFestivalToTheAdjustedSunday() {
    assertThat(CALENDAR.plusWorkingHours(at("2024-02-09T17:00"), Duration.ofHours(1)))
        .isEqualTo(at("2024-02-18T09:00"));
  }

  @Test
  void givesTheNextWorkingMomentForZeroHours() {
    assertThat(CALENDAR.plusWorkingHours(at("2024-03-09T10:00"), Duration.ZERO))
        .isEqualTo(at("2024-03-11T08:30"));
  }

  @Test
  void refusesANegativeAmountOfWorkingTime() {
    assertThatThrownBy(
            () -> CALENDAR.plusWorkingHours(at("2024-03-05T10:00"), Duration.ofHours(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a time limit is zero or more, got PT-1H");
  }

  @Test
  void measuresWorkingTimeWithoutTheMiddayBreak() {
    assertThat(CALENDAR.workingTimeBetween(at("2024-03-05T11:00"), at("2024-03-05T15:00")))
        .isEqualTo(Duration.ofHours(2));
  }

  @Test
  void measuresOneWorkingHourAcrossSpringFestival() {
    assertThat(CALENDAR.workingTimeBetween(at("2024-02-09T17:00"), at("2024-02-18T09:00")))
        .isEqualTo(Duration.ofHours(1));
  }

  @Test
  void measuresNegativeWorkingTimeWhenTheEndComesFirst() {
    assertThat(CALENDAR.workingTimeBetween(at("2024-03-05T15:00"), at("2024-03-05T11:00")))
        .isEqualTo(Duration.ofHours(-2));
  }

  @Test
  void followsSummerHoursWhenTheHostChoosesThem() {
    // given summer hours with the afternoon from 14:30 to 18:00
    WorkingCalendar summer =
        CALENDAR.withWorkingHours(
            WorkingHours.of(session("08:30", "12:00"), session("14:30", "18:00")));

    // then two hours from 11:00 end at 15:30, and a working day closes at 18:00
    assertThat(summer.plusWorkingHours(at("2024-07-02T11:00"), 2))
        .isEqualTo(at("2024-07-02T15:30"));
    assertThat(summer.plusWorkingDays(at("2024-07-02T11:00"), 1)).isEqualTo(at("2024-07-03T18:00"));
  }

  @Test
  void reportsEightyPercentElapsedAfterEightOfTenWorkingHours() {
    // given a ten-hour time limit from Tuesday 08:30, due Wednesday 11:30
    Instant start = at("2024-03-05T08:30");
    Instant deadline = CALENDAR.plusWorkingHours(start, 10);
    assertThat(deadline).isEqualTo(at("2024-03-06T11:30"));

    // when it is Wednesday 09:30, eight working hours later
    Clock now = Clock.fixed(at("2024-03-06T09:30"), Shanghai.ZONE);

    // then 80 % has elapsed
    assertThat(CALENDAR.elapsedShare(start, deadline, now)).isEqualTo(0.8);
  }

  @Test
  void reportsNothingElapsedBeforeTheStartAndMoreThanAllAfterTheDeadline() {
    Instant start = at("2024-03-05T08:30");
    Instant deadline = at("2024-03-05T15:30");

    assertThat(CALENDAR.elapsedShare(start, deadline, () -> at("2024-03-04T10:00"))).isZero();
    assertThat(CALENDAR.elapsedShare(start, deadline, () -> at("2024-03-06T09:30")))
        .isEqualTo(8.0 / 5);
  }
}
