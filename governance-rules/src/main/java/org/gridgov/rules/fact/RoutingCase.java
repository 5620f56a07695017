package org.gridgov.rules.fact;

import java.util.Objects;
import org.gridgov.core.lists.MatterKind;
import org.gridgov.core.lists.Urgency;
import org.gridgov.core.territory.PropertyMode;

/**
 * An order to route, flattened for the routing rules: what it is about, where, how far it reaches,
 * and which subjects the district has for it. The engine makes it from a work order and the
 * district; rules only read it.
 *
 * @param orderId the order's id
 * @param categoryCode the order's category code
 * @param topic what the category is about, from the category table
 * @param skill the skill a helper needs for this category, or empty text
 * @param matterKind power, autonomy or assistance
 * @param urgency routine, urgent or emergency
 * @param scope how far the issue reaches
 * @param compound the compound's id, or empty text when the order names no compound
 * @param propertyMode the compound's property mode; {@link PropertyMode#NONE} without a compound
 * @param beyondCommunityResources whether the community cannot settle it with its own resources
 * @param hasCompetentUnit whether the district names a unit competent for the category
 * @param hasPairedUnit whether a district unit is paired with the order's community
 * @param hasGridWorker whether the order's grid has a grid worker
 * @param grid the grid's code
 * @param community the community's code
 * @param street the street's code
 * @param reportedEpochSecond when the order was reported, in seconds since 1970
 */
public record RoutingCase(
    String orderId,
    String categoryCode,
    Topic topic,
    String skill,
    MatterKind matterKind,
    Urgency urgency,
    Scope scope,
    String compound,
    PropertyMode propertyMode,
    boolean beyondCommunityResources,
    boolean hasCompetentUnit,
    boolean hasPairedUnit,
    boolean hasGridWorker,
    String grid,
    String community,
    String street,
    long reportedEpochSecond) {

  /** Checks that nothing is missing. */
  public RoutingCase {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(categoryCode, "categoryCode");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(skill, "skill");
    Objects.requireNonNull(matterKind, "matterKind");
    Objects.requireNonNull(urgency, "urgency");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(compound, "compound");
    Objects.requireNonNull(propertyMode, "propertyMode");
    Objects.requireNonNull(grid, "grid");
    Objects.requireNonNull(community, "community");
    Objects.requireNonNull(street, "street");
  }

  /**
   * Whether the order names a compound.
   *
   * @return true if it does
   */
  public boolean hasCompound() {
    return !compound.isEmpty();
  }
}
