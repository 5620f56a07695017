package org.gridgov.core.calendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.gridgov.core.io.WorkingCalendarJson;

/** Test fixtures: the shipped calendar and instants written as Shanghai wall-clock times. */
final class Shanghai {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /** The shipped calendar, read once: it is immutable and thread-safe. */
  static final WorkingCalendar CALENDAR = WorkingCalendarJson.chinaDefault();

  private Shanghai() {}

  /** An instant from a Shanghai wall-clock time such as {@code "2024-03-05T10:00"}. */
  static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant();
  }
}
