package org.gridgov.core.workorder;

import java.util.Optional;

/**
 * How far up the hierarchy a work order has been escalated (上报). An order starts at {@link #GRID};
 * its level never decreases.
 */
public enum EscalationLevel {
  /** Handled within the grid: the grid worker and the grid's teams. */
  GRID,
  /** Raised to the community (社区): its committee and joint Party committee. */
  COMMUNITY,
  /** Raised to the street or town (街道 / 镇). */
  STREET,
  /** Raised to the district and its units (区直单位). */
  DISTRICT,
  /** Put before a joint meeting (联席会议) of the units concerned. */
  JOINT_MEETING;

  /**
   * The level one step up.
   *
   * @return the next level, or empty at {@link #JOINT_MEETING}, the highest
   */
  public Optional<EscalationLevel> next() {
    EscalationLevel[] all = values();
    return ordinal() + 1 < all.length ? Optional.of(all[ordinal() + 1]) : Optional.empty();
  }

  /**
   * Whether this level is above another.
   *
   * @param other the other level
   * @return true if this one is strictly higher
   */
  public boolean isAbove(EscalationLevel other) {
    return compareTo(other) > 0;
  }
}
