package org.gridgov.core.workorder;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.gridgov.core.common.Checks;
import org.gridgov.core.lists.DemandId;
import org.gridgov.core.lists.ProjectId;

/**
 * The list item a work order was made from: an item of the demand list (群众需求清单) or of the
 * governance project list (治理项目清单). Flat so that rules and the ledger can match on the list.
 *
 * @param list which list
 * @param id the item's id within that list
 */
public record Origin(OriginList list, String id) {

  /** Checks the components. */
  public Origin {
    Objects.requireNonNull(list, "an origin needs its list");
    Checks.identifier(
        id, list == OriginList.DEMAND ? Checks.term("demandId") : Checks.term("projectId"));
  }

  /**
   * An order made from a resident's demand.
   *
   * @param demand the demand list item
   * @return the origin
   */
  public static Origin demand(DemandId demand) {
    return new Origin(OriginList.DEMAND, Objects.requireNonNull(demand, "demand").value());
  }

  /**
   * An order made from a governance project.
   *
   * @param project the project list item
   * @return the origin
   */
  public static Origin project(ProjectId project) {
    return new Origin(OriginList.PROJECT, Objects.requireNonNull(project, "project").value());
  }

  /**
   * The demand, if the order came from the demand list.
   *
   * @return the demand id, or empty
   */
  public Optional<DemandId> demandId() {
    return list == OriginList.DEMAND ? Optional.of(new DemandId(id)) : Optional.empty();
  }

  /**
   * The project, if the order came from the project list.
   *
   * @return the project id, or empty
   */
  public Optional<ProjectId> projectId() {
    return list == OriginList.PROJECT ? Optional.of(new ProjectId(id)) : Optional.empty();
  }

  @Override
  public String toString() {
    return list.name().toLowerCase(Locale.ROOT) + ":" + id;
  }
}
