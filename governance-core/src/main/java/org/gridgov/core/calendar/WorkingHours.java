package org.gridgov.core.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.gridgov.core.common.ValueRefusedException;

/**
 * The office hours of a working day: one or more sessions, in order, that do not overlap.
 *
 * <p>The {@linkplain #standard() standard hours} have two sessions, 08:30–12:00 and 14:00–17:30,
 * because Chinese government offices and community service centres keep a long midday break (午休).
 * Time limits stop during the break: a work order dispatched at 11:30 with two working hours falls
 * due at 14:30, not at 13:30 when nobody is at the desk. Provinces shift the afternoon in summer
 * (14:30–18:00 is common), so the hours are a value the host chooses.
 *
 * <p>A session is half-open: it includes its start and excludes its end, so that 12:00 is already
 * in the break. Sessions lie within one calendar day; the zone they are read in belongs to the
 * {@link WorkingCalendar}.
 *
 * @param sessions the sessions of a working day, in order and not overlapping; at least one
 */
public record WorkingHours(List<Session> sessions) {

  /** Checks that there is at least one session and that the sessions are in order. */
  public WorkingHours {
    Objects.requireNonNull(sessions, "working hours need their sessions");
    sessions = List.copyOf(sessions);
    if (sessions.isEmpty()) {
      throw ValueRefusedException.of("refused.WorkingHours.workingHoursHaveAt");
    }
    for (int i = 1; i < sessions.size(); i++) {
      Session before = sessions.get(i - 1);
      Session after = sessions.get(i);
      if (after.start().isBefore(before.end())) {
        throw ValueRefusedException.of(
            "refused.WorkingHours.workingSessionsOrderDo", before, after);
      }
    }
  }

  /**
   * Working hours made of the given sessions.
   *
   * @param sessions the sessions, in order and not overlapping
   * @return the working hours
   * @throws IllegalArgumentException if there is no session or they overlap or are out of order
   */
  public static WorkingHours of(Session... sessions) {
    return new WorkingHours(List.of(sessions));
  }

  /**
   * The standard hours: 08:30–12:00 and 14:00–17:30, seven hours a day.
   *
   * @return the standard working hours
   */
  public static WorkingHours standard() {
    return of(
        Session.of(LocalTime.of(8, 30), LocalTime.of(12, 0)),
        Session.of(LocalTime.of(14, 0), LocalTime.of(17, 30)));
  }

  /**
   * When the first session starts.
   *
   * @return such as 08:30
   */
  public LocalTime opening() {
    return sessions.get(0).start();
  }

  /**
   * When the last session ends; a deadline counted in working days falls at this time.
   *
   * @return such as 17:30
   */
  public LocalTime closing() {
    return sessions.get(sessions.size() - 1).end();
  }

  /**
   * The working time of one day, the sum of its sessions' lengths on the clock face.
   *
   * @return such as seven hours for the standard hours
   */
  public Duration perDay() {
    Duration sum = Duration.ZERO;
    for (Session session : sessions) {
      sum = sum.plus(session.length());
    }
    return sum;
  }

  /**
   * Whether a time of day lies in a session.
   *
   * @param time the time of day
   * @return true if some session includes it (the start included, the end not)
   */
  public boolean contains(LocalTime time) {
    Objects.requireNonNull(time, "time");
    for (Session session : sessions) {
      if (session.contains(time)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return sessions.stream().map(Session::toString).collect(Collectors.joining(", "));
  }

  /**
   * One session of office hours within a day, such as 08:30–12:00.
   *
   * @param start when the session starts, included
   * @param end when the session ends, excluded; after the start
   */
  public record Session(LocalTime start, LocalTime end) {

    /** Checks that the session ends after it starts. */
    public Session {
      Objects.requireNonNull(start, "a working session needs a start");
      Objects.requireNonNull(end, "a working session needs an end");
      if (!end.isAfter(start)) {
        throw ValueRefusedException.of("refused.WorkingHours.workingSessionEndsAfter", start, end);
      }
    }

    /**
     * A session from one time of day to another.
     *
     * @param start the start, included
     * @param end the end, excluded
     * @return the session
     * @throws IllegalArgumentException if the end is not after the start
     */
    public static Session of(LocalTime start, LocalTime end) {
      return new Session(start, end);
    }

    /**
     * The length of the session on the clock face.
     *
     * @return the time from start to end
     */
    public Duration length() {
      return Duration.between(start, end);
    }

    /**
     * Whether a time of day lies in this session.
     *
     * @param time the time of day
     * @return true if it is on or after the start and before the end
     */
    public boolean contains(LocalTime time) {
      return !time.isBefore(start) && time.isBefore(end);
    }

    @Override
    public String toString() {
      return start + "–" + end;
    }
  }
}
