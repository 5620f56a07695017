package org.gridgov.rules.fact;

import java.util.Objects;
import org.gridgov.core.lists.MatterKind;
import org.gridgov.core.lists.Urgency;
import org.gridgov.core.territory.PropertyMode;
import org.gridgov.rules.fact.trace.RoutingField;
import org.gridgov.rules.fact.trace.RoutingReads;

/**
 * An order to route, flattened for the routing rules: what it is about, where, how far it reaches,
 * and which subjects the district has for it. The engine makes it from a work order and the
 * district; rules only read it.
 *
 * <p>Routing rules decide one order at a time from these fields (and the {@link Helper}s of its
 * community): two cases equal but for their order ids get the same proposals. More than that, the
 * proposals depend only on the fields the rules read: every accessor tells {@link RoutingReads}
 * when it is called while a routing decision is traced, so that {@code Routing} learns, for each
 * decision it makes by firing the rules, which fields the rules looked at in what order, and reuses
 * the proposals for every later case that agrees on those fields, whatever its other fields hold;
 * to find them it works out only those fields of a later order, and makes the whole case only when
 * the rules must fire for it. A rule that reads a field to decide therefore makes that field part
 * of the reuse, and a rule that reads none of them is fired once. {@link #orderId()} is the
 * exception: it names the order the proposals are for and is never a reason for a different
 * proposal.
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
  private static final RoutingField[] FIELDS = RoutingField.values();

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
   * The case's categoryCode, noted as read when a decision is traced.
   *
   * @return the order's category code
   */
  @Override
  public String categoryCode() {
    RoutingReads.note(RoutingField.CATEGORY_CODE);
    return categoryCode;
  }

  /**
   * The case's topic, noted as read when a decision is traced.
   *
   * @return what the category is about
   */
  @Override
  public Topic topic() {
    RoutingReads.note(RoutingField.TOPIC);
    return topic;
  }

  /**
   * The case's skill, noted as read when a decision is traced.
   *
   * @return the skill a helper needs, or empty text
   */
  @Override
  public String skill() {
    RoutingReads.note(RoutingField.SKILL);
    return skill;
  }

  /**
   * The case's matterKind, noted as read when a decision is traced.
   *
   * @return power, autonomy or assistance
   */
  @Override
  public MatterKind matterKind() {
    RoutingReads.note(RoutingField.MATTER_KIND);
    return matterKind;
  }

  /**
   * The case's urgency, noted as read when a decision is traced.
   *
   * @return routine, urgent or emergency
   */
  @Override
  public Urgency urgency() {
    RoutingReads.note(RoutingField.URGENCY);
    return urgency;
  }

  /**
   * The case's scope, noted as read when a decision is traced.
   *
   * @return how far the issue reaches
   */
  @Override
  public Scope scope() {
    RoutingReads.note(RoutingField.SCOPE);
    return scope;
  }

  /**
   * The case's compound, noted as read when a decision is traced.
   *
   * @return the compound's id, or empty text
   */
  @Override
  public String compound() {
    RoutingReads.note(RoutingField.COMPOUND);
    return compound;
  }

  /**
   * The case's propertyMode, noted as read when a decision is traced.
   *
   * @return the compound's property mode
   */
  @Override
  public PropertyMode propertyMode() {
    RoutingReads.note(RoutingField.PROPERTY_MODE);
    return propertyMode;
  }

  /**
   * The case's beyondCommunityResources, noted as read when a decision is traced.
   *
   * @return whether the community cannot settle it with its own resources
   */
  @Override
  public boolean beyondCommunityResources() {
    RoutingReads.note(RoutingField.BEYOND_COMMUNITY_RESOURCES);
    return beyondCommunityResources;
  }

  /**
   * The case's hasCompetentUnit, noted as read when a decision is traced.
   *
   * @return whether the district names a unit competent for the category
   */
  @Override
  public boolean hasCompetentUnit() {
    RoutingReads.note(RoutingField.HAS_COMPETENT_UNIT);
    return hasCompetentUnit;
  }

  /**
   * The case's hasPairedUnit, noted as read when a decision is traced.
   *
   * @return whether a district unit is paired with the order's community
   */
  @Override
  public boolean hasPairedUnit() {
    RoutingReads.note(RoutingField.HAS_PAIRED_UNIT);
    return hasPairedUnit;
  }

  /**
   * The case's hasGridWorker, noted as read when a decision is traced.
   *
   * @return whether the order's grid has a grid worker
   */
  @Override
  public boolean hasGridWorker() {
    RoutingReads.note(RoutingField.HAS_GRID_WORKER);
    return hasGridWorker;
  }

  /**
   * The case's grid, noted as read when a decision is traced.
   *
   * @return the grid's code
   */
  @Override
  public String grid() {
    RoutingReads.note(RoutingField.GRID);
    return grid;
  }

  /**
   * The case's community, noted as read when a decision is traced.
   *
   * @return the community's code
   */
  @Override
  public String community() {
    RoutingReads.note(RoutingField.COMMUNITY);
    return community;
  }

  /**
   * The case's street, noted as read when a decision is traced.
   *
   * @return the street's code
   */
  @Override
  public String street() {
    RoutingReads.note(RoutingField.STREET);
    return street;
  }

  /**
   * The case's reportedOutOfHours, noted as read when a decision is traced.
   *
   * @return whether the order was reported outside office hours
   */
  @Override
  public boolean reportedOutOfHours() {
    RoutingReads.note(RoutingField.REPORTED_OUT_OF_HOURS);
    return reportedOutOfHours;
  }

  /**
   * Whether the order names a compound, noted as {@link RoutingField#HAS_COMPOUND} when a decision
   * is traced.
   *
   * @return true if it does
   */
  public boolean hasCompound() {
    RoutingReads.note(RoutingField.HAS_COMPOUND);
    return !compound.isEmpty();
  }

  /**
   * The case as text; every field counts as read, since rules could decide on the text.
   *
   * @return the fields by name
   */
  @Override
  public String toString() {
    for (RoutingField f : FIELDS) {
      RoutingReads.note(f);
    }
    return "RoutingCase[orderId="
        + orderId
        + ", categoryCode="
        + categoryCode
        + ", topic="
        + topic
        + ", skill="
        + skill
        + ", matterKind="
        + matterKind
        + ", urgency="
        + urgency
        + ", scope="
        + scope
        + ", compound="
        + compound
        + ", propertyMode="
        + propertyMode
        + ", beyondCommunityResources="
        + beyondCommunityResources
        + ", hasCompetentUnit="
        + hasCompetentUnit
        + ", hasPairedUnit="
        + hasPairedUnit
        + ", hasGridWorker="
        + hasGridWorker
        + ", grid="
        + grid
        + ", community="
        + community
        + ", street="
        + street
        + ", reportedOutOfHours="
        + reportedOutOfHours
        + "]";
  }
}
