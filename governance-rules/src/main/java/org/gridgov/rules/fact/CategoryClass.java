package org.gridgov.rules.fact;

/** The classes of the category list: the two of GB/T 30428 and the community services. */
public enum CategoryClass {
  /** A component (部件) of the city: public facilities, roads, greenery, housing. */
  COMPONENT,
  /** An event (事件): appearance, advertising, construction, street order, emergencies. */
  EVENT,
  /** A community service: elderly care, disputes, property, hardship relief and the like. */
  SERVICE
}
