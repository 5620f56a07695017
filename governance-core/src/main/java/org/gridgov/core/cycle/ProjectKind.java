package org.gridgov.core.cycle;

/**
 * What a governance project does. The kind groups demands into projects (demands of one compound or
 * grid and one kind make one project) and sets its time limit and milestones, from a decision table
 * by kind: repairs in weeks, renovations, lift installations and parking in months.
 */
public enum ProjectKind {
  /** A repair of shared facilities: a roof, a drain, a stairwell light. Weeks. */
  REPAIR,
  /** A service the community organises: elderly meals, child care, a service day. Weeks. */
  SERVICE,
  /** Bringing an old compound under property management (无物业小区纳管). Months. */
  PROPERTY_MANAGEMENT,
  /** Renovation of an old compound (老旧小区改造). Months. */
  RENOVATION,
  /** Installation of a lift in an existing building (加装电梯). Months. */
  LIFT_INSTALLATION,
  /** Parking spaces and EV charging (停车位、充电桩). Months. */
  PARKING_AND_CHARGING
}
