package org.gridgov.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.core.calendar.Shanghai.CALENDAR;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The running count of working time gives the same answers as walking the days, for instants on the
 * second and on session boundaries, across weekends, holidays and adjusted working days.
 */
class WorkingTimeIndexProperties {

  private static final WorkingCalendar WALKING = CALENDAR.walkingTheDays();
  private static final Instant FIRST = Shanghai.at("2004-01-01T00:00");
  private static final Instant LAST = Shanghai.at("2025-12-31T23:59");

  @Provide
  Arbitrary<Instant> instants() {
    Arbitrary<Instant> seconds =
        Arbitraries.longs()
            .between(FIRST.getEpochSecond(), LAST.getEpochSecond())
            .map(Instant::ofEpochSecond);
    Arbitrary<Instant> boundaries =
        Arbitraries.longs()
            .between(FIRST.getEpochSecond() / 1800, LAST.getEpochSecond() / 1800)
            .map(halfHour -> Instant.ofEpochSecond(halfHour * 1800));
    Arbitrary<Instant> nanos =
        seconds.flatMap(s -> Arbitraries.integers().between(0, 999_999_999).map(s::plusNanos));
    return Arbitraries.oneOf(seconds, boundaries, nanos);
  }

  @Provide
  Arbitrary<Duration> amounts() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(1, 200L * 7 * 3600).map(Duration::ofSeconds),
        Arbitraries.longs().between(1, 200L * 14).map(half -> Duration.ofMinutes(half * 30)));
  }

  @Property(tries = 2000)
  void workingTimeBetweenIsTheSame(@ForAll("instants") Instant a, @ForAll("instants") Instant b) {
    Instant near = a.plus(Duration.ofSeconds(Math.floorMod(b.getEpochSecond(), 40L * 86_400)));

    assertThat(CALENDAR.workingTimeBetween(a, near)).isEqualTo(WALKING.workingTimeBetween(a, near));
    assertThat(CALENDAR.workingTimeBetween(near, a)).isEqualTo(WALKING.workingTimeBetween(near, a));
  }

  @Property(tries = 2000)
  void theDeadlineIsTheSame(@ForAll("instants") Instant start, @ForAll("amounts") Duration amount) {
    assertThat(CALENDAR.plusWorkingHours(start, amount))
        .isEqualTo(WALKING.plusWorkingHours(start, amount));
  }

  @Property(tries = 2000)
  void workingMomentsAreTheSame(@ForAll("instants") Instant instant) {
    assertThat(CALENDAR.isWorkingMoment(instant)).isEqualTo(WALKING.isWorkingMoment(instant));
  }

  @Property(tries = 200)
  void aZoneWhoseOffsetChangesWalksTheDaysAndAgrees(
      @ForAll("instants") Instant start, @ForAll("amounts") Duration amount) {
    WorkingCalendar paris = CALENDAR.withZone(ZoneId.of("Europe/Paris"));
    WorkingCalendar parisWalking = paris.walkingTheDays();
    Instant inCoverage = start.plus(Duration.ofDays(2));

    assertThat(paris.plusWorkingHours(inCoverage, amount))
        .isEqualTo(parisWalking.plusWorkingHours(inCoverage, amount));
    assertThat(paris.workingTimeBetween(inCoverage, inCoverage.plus(amount)))
        .isEqualTo(parisWalking.workingTimeBetween(inCoverage, inCoverage.plus(amount)));
  }
}
