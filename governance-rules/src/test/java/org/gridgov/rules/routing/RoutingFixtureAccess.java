package org.gridgov.rules.routing;

import org.gridgov.core.lists.MatterKind;
import org.gridgov.core.lists.Urgency;
import org.gridgov.core.workorder.WorkOrder;

/** The routing fixture for tests of other packages. */
public final class RoutingFixtureAccess {

  private RoutingFixtureAccess() {}

  /**
   * The fixture district.
   *
   * @return the district
   */
  public static DistrictContext district() {
    return RoutingFixture.district();
  }

  /**
   * An order in the fixture's first grid.
   *
   * @param id the order id
   * @param category the category code
   * @param kind the matter kind
   * @param urgency the urgency
   * @return the order
   */
  public static WorkOrder order(String id, String category, MatterKind kind, Urgency urgency) {
    return RoutingFixture.order(id, category, kind, urgency, RoutingFixture.GRID_1, null);
  }
}
