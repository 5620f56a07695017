package org.gridgov.rules.routing;

import java.util.Optional;
import org.gridgov.core.territory.Compound;
import org.gridgov.core.territory.CompoundId;
import org.gridgov.core.territory.PropertyMode;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.rules.decision.CategoryDefinition;
import org.gridgov.rules.fact.RoutingCase;
import org.gridgov.rules.fact.Scope;
import org.gridgov.rules.fact.trace.RoutingField;

/**
 * The routing case of one order, each field worked out from the order and the district when it is
 * first asked for: a walk of the {@link ReadTree} asks only for the fields on its path, and the
 * whole {@link RoutingCase} is made only when the rules must fire. Both give every field the same
 * value. The category and the place are known from the start, since an order without them is
 * refused whatever the rules read; so is whether it was reported out of hours, since the working
 * calendar may refuse the report's date. Not thread-safe: one routing call makes and reads it.
 */
final class OrderCase implements ReadTree.Fields {

  private final DistrictContext district;
  private final DistrictContext.Place place;
  private final CategoryDefinition category;
  private final WorkOrder order;
  private final RoutingHints hints;
  private final boolean reportedOutOfHours;

  /** The order's compound in the territory, once looked up; null before. */
  private Optional<Compound> compound;

  OrderCase(
      DistrictContext district,
      DistrictContext.Place place,
      CategoryDefinition category,
      WorkOrder order,
      RoutingHints hints,
      boolean reportedOutOfHours) {
    this.district = district;
    this.place = place;
    this.category = category;
    this.order = order;
    this.hints = hints;
    this.reportedOutOfHours = reportedOutOfHours;
  }

  @Override
  public int slot(RoutingField field) {
    Object value = value(field);
    if (value instanceof Enum<?> e) {
      return e.ordinal();
    }
    if (value instanceof Boolean b) {
      return b ? 1 : 0;
    }
    throw new UnsupportedOperationException(field + " is text");
  }

  @Override
  public Object value(RoutingField field) {
    return switch (field) {
      case CATEGORY_CODE -> order.category().code();
      case TOPIC -> category.topic();
      case SKILL -> category.skill();
      case MATTER_KIND -> order.matterKind();
      case URGENCY -> order.urgency();
      case SCOPE -> scope();
      case COMPOUND -> compoundId();
      case HAS_COMPOUND -> !compoundId().isEmpty();
      case PROPERTY_MODE -> propertyMode();
      case BEYOND_COMMUNITY_RESOURCES -> hints.beyondCommunityResources();
      case HAS_COMPETENT_UNIT -> hasCompetentUnit();
      case HAS_PAIRED_UNIT -> place.pairedUnit().isPresent();
      case HAS_GRID_WORKER -> place.gridWorker().isPresent();
      case GRID -> place.gridCode();
      case COMMUNITY -> place.communityCode();
      case STREET -> place.streetCode();
      case REPORTED_OUT_OF_HOURS -> reportedOutOfHours;
    };
  }

  /**
   * The whole case, every field worked out.
   *
   * @param orderId the order id it carries
   */
  RoutingCase whole(String orderId) {
    return new RoutingCase(
        orderId,
        order.category().code(),
        category.topic(),
        category.skill(),
        order.matterKind(),
        order.urgency(),
        scope(),
        compoundId(),
        propertyMode(),
        hints.beyondCommunityResources(),
        hasCompetentUnit(),
        place.pairedUnit().isPresent(),
        place.gridWorker().isPresent(),
        place.gridCode(),
        place.communityCode(),
        place.streetCode(),
        reportedOutOfHours);
  }

  private Scope scope() {
    Optional<Scope> known = hints.scope();
    if (known.isPresent()) {
      return known.get();
    }
    Scope scope = district.scope(order.origin());
    return scope == null ? Scope.WITHIN_GRID : scope;
  }

  private Optional<Compound> compound() {
    if (compound == null) {
      Optional<CompoundId> id = order.compound();
      compound = id.isEmpty() ? Optional.empty() : district.territory().compound(id.get());
    }
    return compound;
  }

  private String compoundId() {
    Optional<Compound> c = compound();
    return c.isEmpty() ? "" : c.get().id().value();
  }

  private PropertyMode propertyMode() {
    Optional<Compound> c = compound();
    return c.isEmpty() ? PropertyMode.NONE : c.get().propertyMode();
  }

  private boolean hasCompetentUnit() {
    return district.competentSubject(order.category()) != null;
  }
}
