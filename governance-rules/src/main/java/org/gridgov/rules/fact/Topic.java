package org.gridgov.rules.fact;

/**
 * What a category is about, as far as routing cares. A category's topic is set in the category
 * table; routing rules match topics so that a new category routes like the others of its topic.
 */
public enum Topic {
  /** Nothing routing treats specially. */
  GENERAL,
  /** Property management of a compound: goes to its property company or the community. */
  PROPERTY,
  /** A threat to safety or life: the grid worker and the street act at once. */
  SAFETY,
  /** Hardship relief: matched to capable residents and volunteers by skill and nearness. */
  HARDSHIP_RELIEF,
  /** A request for volunteers: matched like hardship relief. */
  VOLUNTEER_SERVICE,
  /** A dispute between residents: mediated by the community. */
  DISPUTE
}
