package org.gridgov.core.territory;

/** A renovation carried out in an old compound. */
public enum Renovation {
  /** Lifts added to buildings without them. */
  LIFT,
  /** Parking spaces added or reorganised. */
  PARKING,
  /** Charging points for electric vehicles and e-bikes. */
  EV_CHARGING,
  /** Walls between compounds removed when they merge. */
  WALL_REMOVAL,
  /** Pipes, wiring and drainage renewed. */
  UTILITIES,
  /** Public facilities added, such as a fitness corner or a pavilion. */
  PUBLIC_FACILITIES,
  /** Outer walls, roofs and stairways repaired. */
  FACADE_AND_ROOF,
  /** Greening and landscaping. */
  GREENING
}
