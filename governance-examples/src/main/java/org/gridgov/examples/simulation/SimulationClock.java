package org.gridgov.examples.simulation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A clock that stands still at the moment it was last set to, so that an engine built with it
 * sweeps at simulated moments. Setting and reading are safe from any thread.
 */
public final class SimulationClock extends Clock {

  private final ZoneId zone;
  private volatile Instant now;

  /**
   * A clock at a moment.
   *
   * @param start the first moment
   * @param zone the zone the clock reports
   */
  public SimulationClock(Instant start, ZoneId zone) {
    this.now = Objects.requireNonNull(start, "a simulation clock starts at a moment");
    this.zone = Objects.requireNonNull(zone, "a simulation clock has a zone");
  }

  /**
   * Moves the clock to a moment, forwards or backwards.
   *
   * @param moment the new moment
   */
  public void set(Instant moment) {
    this.now = Objects.requireNonNull(moment, "moment");
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return new SimulationClock(now, other);
  }

  @Override
  public Instant instant() {
    return now;
  }
}
