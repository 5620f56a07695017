package org.gridgov.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.core.calendar.Shanghai.CALENDAR;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Invariants of deadline arithmetic on the shipped calendar. Starts lie in 2004–2025 and amounts
 * stay under 200 working days, so that every deadline falls within the covered years.
 */
class WorkingCalendarProperties {

  private static final Instant FIRST = Shanghai.at("2004-01-01T00:00");
  private static final Instant LAST = Shanghai.at("2025-12-31T23:59");

  @Provide
  Arbitrary<Instant> starts() {
    // minutes, so that session starts and ends are hit often
    return Arbitraries.longs()
        .between(FIRST.getEpochSecond() / 60, LAST.getEpochSecond() / 60)
        .map(minute -> Instant.ofEpochSecond(minute * 60));
  }

  @Provide
  Arbitrary<Duration> amounts() {
    return Arbitraries.longs().between(0, 200 * 7 * 60).map(Duration::ofMinutes);
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.longs()
        .between(LocalDate.of(2004, 1, 1).toEpochDay(), LocalDate.of(2026, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  @Property(tries = 300)
  void workingTimeBetweenAStartAndItsDeadlineIsTheAmountAllowed(
      @ForAll("starts") Instant start, @ForAll("amounts") Duration amount) {
    Instant deadline = CALENDAR.plusWorkingHours(start, amount);

    assertThat(CALENDAR.workingTimeBetween(start, deadline)).isEqualTo(amount);
  }

  @Property(tries = 300)
  void aLongerTimeLimitNeverEndsEarlier(
      @ForAll("starts") Instant start,
      @ForAll("amounts") Duration shorter,
      @ForAll("amounts") Duration extra) {
    // halved, so that the longer limit still ends within the covered years
    shorter = shorter.dividedBy(2);
    extra = extra.dividedBy(2);
    assertThat(CALENDAR.plusWorkingHours(start, shorter.plus(extra)))
        .isAfterOrEqualTo(CALENDAR.plusWorkingHours(start, shorter));
  }

  @Property(tries = 300)
  void moreWorkingDaysNeverEndEarlier(
      @ForAll("starts") Instant start,
      @ForAll @IntRange(max = 150) int days,
      @ForAll @IntRange(max = 50) int extra) {
    assertThat(CALENDAR.plusWorkingDays(start, days + extra))
        .isAfterOrEqualTo(CALENDAR.plusWorkingDays(start, days));
  }

  @Property(tries = 300)
  void aDeadlineInWorkingHoursFallsOnAWorkingDayWithinOfficeHours(
      @ForAll("starts") Instant start, @ForAll("amounts") Duration amount) {
    assertWithinOfficeHours(CALENDAR.plusWorkingHours(start, amount));
  }

  @Property(tries = 300)
  void aDeadlineInWorkingDaysFallsAtTheCloseOfAWorkingDay(
      @ForAll("starts") Instant start, @ForAll @IntRange(max = 200) int days) {
    ZonedDateTime deadline = CALENDAR.plusWorkingDays(start, days).atZone(Shanghai.ZONE);

    assertThat(CALENDAR.isWorkingDay(deadline.toLocalDate())).isTrue();
    assertThat(deadline.toLocalTime()).isEqualTo(LocalTime.of(17, 30));
  }

  @Property(tries = 300)
  void workingDaysBetweenTheFirstCountedDayAndTheDeadlineAreTheDaysAllowed(
      @ForAll("starts") Instant start, @ForAll @IntRange(max = 200) int days) {
    LocalDate countingStarts =
        LocalDate.ofInstant(CALENDAR.nextWorkingMoment(start), Shanghai.ZONE);
    LocalDate due = LocalDate.ofInstant(CALENDAR.plusWorkingDays(start, days), Shanghai.ZONE);

    assertThat(CALENDAR.workingDaysBetween(countingStarts, due)).isEqualTo(days);
  }

  @Property(tries = 300)
  void workingDaysAddUpOverAdjacentRanges(
      @ForAll("dates") LocalDate a, @ForAll("dates") LocalDate b, @ForAll("dates") LocalDate c) {
    assertThat(CALENDAR.workingDaysBetween(a, b) + CALENDAR.workingDaysBetween(b, c))
        .isEqualTo(CALENDAR.workingDaysBetween(a, c));
  }

  @Property(tries = 300)
  void workingTimeAddsUpOverAdjacentIntervals(
      @ForAll("starts") Instant a, @ForAll("amounts") Duration ab, @ForAll("amounts") Duration bc) {
    Instant b = a.plus(ab.multipliedBy(3));
    Instant c = b.plus(bc.multipliedBy(3));

    assertThat(CALENDAR.workingTimeBetween(a, b).plus(CALENDAR.workingTimeBetween(b, c)))
        .isEqualTo(CALENDAR.workingTimeBetween(a, c));
  }

  @Property(tries = 300)
  void countingStartsAtAWorkingMomentWithNoWorkingTimeBefore(@ForAll("starts") Instant start) {
    Instant counting = CALENDAR.nextWorkingMoment(start);

    assertThat(counting).isAfterOrEqualTo(start);
    assertThat(CALENDAR.isWorkingMoment(counting)).isTrue();
    assertThat(CALENDAR.workingTimeBetween(start, counting)).isZero();
  }

  private static void assertWithinOfficeHours(Instant deadline) {
    ZonedDateTime local = deadline.atZone(Shanghai.ZONE);
    LocalTime time = local.toLocalTime();
    assertThat(CALENDAR.isWorkingDay(local.toLocalDate()))
        .as("%s is a working day", local)
        .isTrue();
    assertThat(
            CALENDAR.workingHours().sessions().stream()
                .anyMatch(s -> !time.isBefore(s.start()) && !time.isAfter(s.end())))
        .as("%s is within a session or at its end", local)
        .isTrue();
  }
}
