package org.gridgov.core.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;

/**
 * Working time as one running count: {@code W(t)}, the working nanoseconds from the first covered
 * date to an instant, so that the working time between two instants is {@code W(b) - W(a)} and the
 * deadline after an amount is found by arithmetic and a binary search instead of a walk over the
 * days. It needs a zone whose offset does not change within the coverage (Asia/Shanghai has had one
 * offset since 1991); a calendar without it walks the days. Immutable.
 */
final class WorkingTimeIndex {

  private static final long NANOS_PER_SECOND = 1_000_000_000L;
  private static final long SECONDS_PER_DAY = 86_400L;
  private static final long NANOS_PER_DAY = SECONDS_PER_DAY * NANOS_PER_SECOND;

  private final DayIndex days;
  private final long offsetSeconds;
  private final long[] sessionStarts;
  private final long[] sessionEnds;
  private final long perDay;

  private WorkingTimeIndex(DayIndex days, long offsetSeconds, WorkingHours hours) {
    this.days = days;
    this.offsetSeconds = offsetSeconds;
    List<WorkingHours.Session> sessions = hours.sessions();
    sessionStarts = new long[sessions.size()];
    sessionEnds = new long[sessions.size()];
    for (int i = 0; i < sessions.size(); i++) {
      sessionStarts[i] = sessions.get(i).start().toNanoOfDay();
      sessionEnds[i] = sessions.get(i).end().toNanoOfDay();
    }
    perDay = hours.perDay().toNanos();
  }

  /**
   * The index for a calendar, or null if the zone's offset changes within the coverage, one day
   * either side included.
   */
  static WorkingTimeIndex of(DayIndex days, WorkingHours hours, ZoneId zone) {
    Instant from = Instant.ofEpochSecond((days.firstEpochDay() - 1) * SECONDS_PER_DAY);
    Instant to = Instant.ofEpochSecond((days.firstEpochDay() + days.size() + 1) * SECONDS_PER_DAY);
    ZoneOffsetTransition next = zone.getRules().nextTransition(from);
    if (next != null && next.getInstant().isBefore(to)) {
      return null;
    }
    ZoneOffset offset = zone.getRules().getOffset(from);
    return new WorkingTimeIndex(days, offset.getTotalSeconds(), hours);
  }

  /** The index of the covered date of an instant, or -1 beyond the coverage. */
  private int dayOf(Instant t) {
    long day = Math.floorDiv(t.getEpochSecond() + offsetSeconds, SECONDS_PER_DAY);
    long i = day - days.firstEpochDay();
    return i >= 0 && i < days.size() ? (int) i : -1;
  }

  private long nanoOfDay(Instant t) {
    long second = Math.floorMod(t.getEpochSecond() + offsetSeconds, SECONDS_PER_DAY);
    return second * NANOS_PER_SECOND + t.getNano();
  }

  /** Whether both instants fall on covered dates. */
  boolean covers(Instant a, Instant b) {
    return dayOf(a) >= 0 && dayOf(b) >= 0;
  }

  /** Working nanoseconds from the start of the coverage to a covered instant. */
  private long running(Instant t) {
    int day = dayOf(t);
    long w = days.workingDaysBefore(day) * perDay;
    if (!days.isWorkingDayAt(day)) {
      return w;
    }
    long time = nanoOfDay(t);
    for (int s = 0; s < sessionStarts.length; s++) {
      w += Math.max(0, Math.min(time, sessionEnds[s]) - sessionStarts[s]);
    }
    return w;
  }

  /** The working time between two covered instants, negative if {@code b} is before {@code a}. */
  Duration between(Instant a, Instant b) {
    return Duration.ofNanos(running(b) - running(a));
  }

  /** Whether a covered instant is on a working day within a session. */
  boolean isWorkingMoment(Instant t) {
    int day = dayOf(t);
    if (!days.isWorkingDayAt(day)) {
      return false;
    }
    long time = nanoOfDay(t);
    for (int s = 0; s < sessionStarts.length; s++) {
      if (time >= sessionStarts[s] && time < sessionEnds[s]) {
        return true;
      }
    }
    return false;
  }

  /**
   * The earliest instant by which a positive amount of working time has passed since a covered
   * start, or null if that instant is beyond the coverage.
   */
  Instant plus(Instant start, Duration amount) {
    long target = running(start) + amount.toNanos();
    long fullDays = (target - 1) / perDay;
    if (fullDays > Integer.MAX_VALUE) {
      return null;
    }
    int day = days.indexOfWorkingDay((int) fullDays);
    if (day < 0) {
      return null;
    }
    long rest = target - fullDays * perDay;
    long time = sessionEnds[sessionEnds.length - 1];
    for (int s = 0; s < sessionStarts.length; s++) {
      long length = sessionEnds[s] - sessionStarts[s];
      if (rest <= length) {
        time = sessionStarts[s] + rest;
        break;
      }
      rest -= length;
    }
    long epochDay = days.firstEpochDay() + day;
    long nanos = epochDay * NANOS_PER_DAY + time - offsetSeconds * NANOS_PER_SECOND;
    return Instant.ofEpochSecond(
        Math.floorDiv(nanos, NANOS_PER_SECOND), Math.floorMod(nanos, NANOS_PER_SECOND));
  }
}
