package org.gridgov.rules.escalation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that stands still at the instant a test sets, so that one engine serves a whole test
 * class; each test sets it before it sweeps, like a {@code Clock.fixed} per test.
 */
final class SettableClock extends Clock {

  private volatile Instant now = Instant.EPOCH;

  void set(Instant instant) {
    now = instant;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.fixed(now, zone);
  }

  @Override
  public Instant instant() {
    return now;
  }
}
