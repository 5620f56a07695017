package org.gridgov.core.organisation;

import java.util.Objects;
import java.util.Optional;
import org.gridgov.core.territory.CommunityCode;
import org.gridgov.core.territory.GridCode;

/**
 * The place an organisation, team or list item belongs to: a whole community or one of its grids.
 *
 * <p>A grid belongs to exactly one community, so every area names a community.
 */
public sealed interface Area permits Area.CommunityArea, Area.GridArea {

  /**
   * The area of a whole community.
   *
   * @param community the community's code
   * @return the area
   */
  static Area of(CommunityCode community) {
    return new CommunityArea(community);
  }

  /**
   * The area of one grid.
   *
   * @param grid the grid's code
   * @return the area
   */
  static Area of(GridCode grid) {
    return new GridArea(grid);
  }

  /**
   * The community of this area: the community itself, or the grid's community.
   *
   * @return the community's code
   */
  CommunityCode community();

  /**
   * The grid of this area, if it is one grid.
   *
   * @return the grid's code, or empty for a whole community
   */
  Optional<GridCode> optionalGrid();

  /**
   * Whether this area covers another: a community covers itself and its grids, a grid only itself.
   *
   * @param other the other area
   * @return true if every place in {@code other} is in this area
   */
  default boolean covers(Area other) {
    Objects.requireNonNull(other, "the other area is required");
    return optionalGrid().isEmpty()
        ? community().equals(other.community())
        : optionalGrid().equals(other.optionalGrid());
  }

  /**
   * A whole community.
   *
   * @param community the community's code
   */
  record CommunityArea(CommunityCode community) implements Area {

    /** Checks the field. */
    public CommunityArea {
      Objects.requireNonNull(community, "a community area needs a community code");
    }

    @Override
    public Optional<GridCode> optionalGrid() {
      return Optional.empty();
    }

    @Override
    public String toString() {
      return "community " + community;
    }
  }

  /**
   * One grid.
   *
   * @param grid the grid's code
   */
  record GridArea(GridCode grid) implements Area {

    /** Checks the field. */
    public GridArea {
      Objects.requireNonNull(grid, "a grid area needs a grid code");
    }

    @Override
    public CommunityCode community() {
      return grid.community();
    }

    @Override
    public Optional<GridCode> optionalGrid() {
      return Optional.of(grid);
    }

    @Override
    public String toString() {
      return "grid " + grid;
    }
  }
}
