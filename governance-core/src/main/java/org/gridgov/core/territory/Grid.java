package org.gridgov.core.territory;

import java.util.Objects;
import org.gridgov.core.common.Checks;

/**
 * A grid (网格): the smallest unit of governance, with named people responsible for it.
 *
 * @param code its fifteen-digit code, which names its community
 * @param name its name
 * @param type basic, or the kind of place a dedicated grid covers
 * @param households the number of households it covers, zero or more
 */
public record Grid(GridCode code, String name, GridType type, int households) {

  /** Checks the fields. */
  public Grid {
    Objects.requireNonNull(code, "a grid needs a code");
    Checks.name(name, Checks.term("gridName"));
    Objects.requireNonNull(type, "a grid needs a type");
    Checks.count(households, Checks.term("grid.households"));
  }

  /**
   * The community this grid belongs to.
   *
   * @return the community's code
   */
  public CommunityCode community() {
    return code.community();
  }
}
