package org.gridgov.rules.fact.trace;

import org.gridgov.core.lists.MatterKind;
import org.gridgov.core.lists.Urgency;
import org.gridgov.core.territory.PropertyMode;
import org.gridgov.rules.fact.RoutingCase;
import org.gridgov.rules.fact.Scope;
import org.gridgov.rules.fact.Topic;

/**
 * A field of a routing case that rules may read, with how to read its value. {@link #HAS_COMPOUND}
 * stands for {@link RoutingCase#hasCompound()}, which tells less than the compound itself: rules
 * that ask only whether there is a compound are reused across compounds.
 */
public enum RoutingField {
  /** The order's category code. */
  CATEGORY_CODE,
  /** What the category is about. */
  TOPIC,
  /** The skill a helper needs, or empty text. */
  SKILL,
  /** Power, autonomy or assistance. */
  MATTER_KIND,
  /** Routine, urgent or emergency. */
  URGENCY,
  /** How far the issue reaches. */
  SCOPE,
  /** The compound's id, or empty text. */
  COMPOUND,
  /** Whether the order names a compound. */
  HAS_COMPOUND,
  /** The compound's property mode. */
  PROPERTY_MODE,
  /** Whether the community cannot settle it with its own resources. */
  BEYOND_COMMUNITY_RESOURCES,
  /** Whether the district names a unit competent for the category. */
  HAS_COMPETENT_UNIT,
  /** Whether a district unit is paired with the order's community. */
  HAS_PAIRED_UNIT,
  /** Whether the order's grid has a grid worker. */
  HAS_GRID_WORKER,
  /** The grid's code. */
  GRID,
  /** The community's code. */
  COMMUNITY,
  /** The street's code. */
  STREET,
  /** Whether the order was reported outside office hours. */
  REPORTED_OUT_OF_HOURS;

  /**
   * How many values the field can take when it is an enum or a boolean, or 0 for text.
   *
   * @return the number of slots of {@link #slotIn(RoutingCase)}
   */
  public int slots() {
    return switch (this) {
      case TOPIC -> Topic.values().length;
      case MATTER_KIND -> MatterKind.values().length;
      case URGENCY -> Urgency.values().length;
      case SCOPE -> Scope.values().length;
      case PROPERTY_MODE -> PropertyMode.values().length;
      case HAS_COMPOUND,
          BEYOND_COMMUNITY_RESOURCES,
          HAS_COMPETENT_UNIT,
          HAS_PAIRED_UNIT,
          HAS_GRID_WORKER,
          REPORTED_OUT_OF_HOURS ->
          2;
      case CATEGORY_CODE, SKILL, COMPOUND, GRID, COMMUNITY, STREET -> 0;
    };
  }

  /**
   * The field's value in a case as a small number, read through the case's accessors, which note
   * nothing outside a trace on this thread; the memo reads values so only after it closes the
   * trace: an enum constant's ordinal, 1 for true and 0 for false.
   *
   * @param c the case
   * @return the slot, below {@link #slots()}
   * @throws UnsupportedOperationException if the field is text
   */
  public int slotIn(RoutingCase c) {
    return switch (this) {
      case TOPIC -> c.topic().ordinal();
      case MATTER_KIND -> c.matterKind().ordinal();
      case URGENCY -> c.urgency().ordinal();
      case SCOPE -> c.scope().ordinal();
      case PROPERTY_MODE -> c.propertyMode().ordinal();
      case HAS_COMPOUND -> c.hasCompound() ? 1 : 0;
      case BEYOND_COMMUNITY_RESOURCES -> c.beyondCommunityResources() ? 1 : 0;
      case HAS_COMPETENT_UNIT -> c.hasCompetentUnit() ? 1 : 0;
      case HAS_PAIRED_UNIT -> c.hasPairedUnit() ? 1 : 0;
      case HAS_GRID_WORKER -> c.hasGridWorker() ? 1 : 0;
      case REPORTED_OUT_OF_HOURS -> c.reportedOutOfHours() ? 1 : 0;
      case CATEGORY_CODE, SKILL, COMPOUND, GRID, COMMUNITY, STREET ->
          throw new UnsupportedOperationException(this + " is text");
    };
  }

  /**
   * The field's value in a case, read through the case's accessors, which note nothing outside a
   * trace on this thread; the memo reads values so only after it closes the trace.
   *
   * @param c the case
   * @return the value: a string, an enum constant or a boolean
   */
  public Object valueIn(RoutingCase c) {
    return switch (this) {
      case CATEGORY_CODE -> c.categoryCode();
      case TOPIC -> c.topic();
      case SKILL -> c.skill();
      case MATTER_KIND -> c.matterKind();
      case URGENCY -> c.urgency();
      case SCOPE -> c.scope();
      case COMPOUND -> c.compound();
      case HAS_COMPOUND -> c.hasCompound();
      case PROPERTY_MODE -> c.propertyMode();
      case BEYOND_COMMUNITY_RESOURCES -> c.beyondCommunityResources();
      case HAS_COMPETENT_UNIT -> c.hasCompetentUnit();
      case HAS_PAIRED_UNIT -> c.hasPairedUnit();
      case HAS_GRID_WORKER -> c.hasGridWorker();
      case GRID -> c.grid();
      case COMMUNITY -> c.community();
      case STREET -> c.street();
      case REPORTED_OUT_OF_HOURS -> c.reportedOutOfHours();
    };
  }
}
