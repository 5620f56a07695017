package org.gridgov.core.organisation;

/**
 * The kind of a Party organisation, which decides where it sits: a community-level organisation
 * names its community, a grid Party branch and a Party group name their grid, and a unit's own
 * organisation names no place.
 */
public enum PartyOrganisationKind {
  /** 社区党委: the community Party committee, core of the joint Party committee. */
  COMMUNITY_PARTY_COMMITTEE(Place.COMMUNITY, false),
  /** 社区党总支: a community general Party branch. */
  COMMUNITY_GENERAL_BRANCH(Place.COMMUNITY, false),
  /** 社区党支部: a community Party branch. */
  COMMUNITY_BRANCH(Place.COMMUNITY, false),
  /** 网格党支部: the Party branch of a grid, one of the grid's two teams. */
  GRID_PARTY_BRANCH(Place.GRID, false),
  /** 党小组: a Party group under a branch, usually by building or compound of a grid. */
  PARTY_GROUP(Place.GRID, true),
  /** 单位党组织: the Party organisation of a unit; it belongs to the unit, not to a place. */
  UNIT_ORGANISATION(Place.NONE, false);

  /** Where an organisation of a kind sits. */
  enum Place {
    COMMUNITY,
    GRID,
    NONE
  }

  private final Place place;
  private final boolean needsParent;

  PartyOrganisationKind(Place place, boolean needsParent) {
    this.place = place;
    this.needsParent = needsParent;
  }

  Place place() {
    return place;
  }

  /**
   * Whether an organisation of this kind must name the organisation above it.
   *
   * @return true for a Party group, which always belongs to a branch
   */
  public boolean needsParent() {
    return needsParent;
  }

  /**
   * Whether an organisation of this kind names a community.
   *
   * @return true for the three community-level kinds
   */
  public boolean ofCommunity() {
    return place == Place.COMMUNITY;
  }

  /**
   * Whether an organisation of this kind names a grid.
   *
   * @return true for a grid Party branch and a Party group
   */
  public boolean ofGrid() {
    return place == Place.GRID;
  }
}
