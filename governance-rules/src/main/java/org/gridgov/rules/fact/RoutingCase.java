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
 * <p>Routing rules decide one order at a time from these fields (and the {@link Helper}s of its
 * community): two cases equal but for their order ids get the same proposals. {@code Routing}
 * relies on that to decide each distinct case once per district and rule set and to reuse the
 * proposals for every order with that case.
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
 * @param reportedOutOfHours whether the order was reported outside office hours on the working
 *     calendar: on a weekend or holiday, or on a working day before, between or after its sessions
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
    boolean reportedOutOfHours) {

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
   * This case for another order.
   *
   * @param id the other order's id
   * @return the same case with that id
   */
  public RoutingCase forOrder(String id) {
    return new RoutingCase(
        id,
        categoryCode,
        topic,
        skill,
        matterKind,
        urgency,
        scope,
        compound,
        propertyMode,
        beyondCommunityResources,
        hasCompetentUnit,
        hasPairedUnit,
        hasGridWorker,
        grid,
        community,
        street,
        reportedOutOfHours);
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
