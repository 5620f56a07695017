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

  /**
   * The level at which a responsible subject of this kind works: an order dispatched to the street
   * is at the street's level, so that escalating it goes on from there, to the district, and never
   * "from GRID to COMMUNITY" below the subject that already holds it.
   *
   * @param kind the kind of the responsible subject
   * @return {@link #COMMUNITY} for the community's committee and the grid joint meeting it
   *     convenes; {@link #STREET} for the street; {@link #DISTRICT} for a district unit; {@link
   *     #GRID} for everyone who works in the grid under the community's supervision: the grid
   *     worker, the grid Party branch, the property company, the owners' committee, a co-building
   *     unit, a volunteer, a capable resident
   */
  public static EscalationLevel of(SubjectKind kind) {
    return switch (kind) {
      case GRID_WORKER,
          GRID_PARTY_BRANCH,
          PROPERTY_COMPANY,
          OWNERS_COMMITTEE,
          CO_BUILDING_UNIT,
          VOLUNTEER,
          CAPABLE_RESIDENT ->
          GRID;
      case COMMUNITY_COMMITTEE, JOINT_MEETING -> COMMUNITY;
      case STREET -> STREET;
      case DISTRICT_UNIT -> DISTRICT;
    };
  }
}
