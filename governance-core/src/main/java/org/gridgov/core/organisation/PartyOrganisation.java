package org.gridgov.core.organisation;

import java.util.Objects;
import java.util.Optional;
import org.gridgov.core.common.Checks;
import org.gridgov.core.common.ValueRefusedException;
import org.gridgov.core.territory.CommunityCode;
import org.gridgov.core.territory.GridCode;

/**
 * A Party organisation (党组织) of the community, of a grid or of a unit.
 *
 * <p>The kind decides the area: a community-level kind names a whole community, a {@link
 * PartyOrganisationKind#GRID_PARTY_BRANCH} or a {@link PartyOrganisationKind#PARTY_GROUP} names a
 * grid, and a {@link PartyOrganisationKind#UNIT_ORGANISATION} names none. A Party group names the
 * branch above it.
 *
 * @param id its identifier
 * @param name its name, such as 站前社区第一网格党支部
 * @param kind its kind
 * @param parent the organisation above it, if it is in this model
 * @param area the community or grid it belongs to; empty only for a unit's organisation
 */
public record PartyOrganisation(
    PartyOrganisationId id,
    String name,
    PartyOrganisationKind kind,
    Optional<PartyOrganisationId> parent,
    Optional<Area> area) {

  /** Checks the fields and that the kind, the area and the parent fit together. */
  public PartyOrganisation {
    Objects.requireNonNull(id, "a Party organisation needs an id");
    Checks.text(name, Checks.term("partyOrganisationName"));
    Objects.requireNonNull(kind, "Party organisation " + id + " needs a kind");
    Objects.requireNonNull(parent, "parent is Optional.empty() when absent");
    Objects.requireNonNull(area, "area is Optional.empty() when absent");
    if (parent.filter(id::equals).isPresent()) {
      throw ValueRefusedException.of("refused.PartyOrganisation.partyOrganisationCannotBe", id);
    }
    if (kind.needsParent() && parent.isEmpty()) {
      throw ValueRefusedException.of(
          "refused.PartyOrganisation.belongsBranchPartyOrganisation", kind, id);
    }
    if (kind.ofGrid() && area.flatMap(Area::optionalGrid).isEmpty()) {
      throw ValueRefusedException.of("refused.PartyOrganisation.namesGrid", kind, areaOrNone(area));
    }
    if (kind.ofCommunity() && !(area.orElse(null) instanceof Area.CommunityArea)) {
      throw ValueRefusedException.of(
          "refused.PartyOrganisation.namesCommunity", kind, areaOrNone(area));
    }
    if (!kind.ofGrid() && !kind.ofCommunity() && area.isPresent()) {
      throw ValueRefusedException.of(
          "refused.PartyOrganisation.belongsUnitNamesNo", kind, area.get());
    }
  }

  private static Object areaOrNone(Optional<Area> area) {
    return area.<Object>map(Area::toString).orElse(Checks.term("noArea"));
  }

  /**
   * A community Party committee (社区党委), the usual core of the joint Party committee.
   *
   * @param id its identifier
   * @param name its name
   * @param community its community
   * @return the organisation
   */
  public static PartyOrganisation communityCommittee(
      PartyOrganisationId id, String name, CommunityCode community) {
    return new PartyOrganisation(
        id,
        name,
        PartyOrganisationKind.COMMUNITY_PARTY_COMMITTEE,
        Optional.empty(),
        Optional.of(Area.of(community)));
  }

  /**
   * A grid Party branch (网格党支部) under a community organisation.
   *
   * @param id its identifier
   * @param name its name
   * @param grid its grid
   * @param parent the community organisation above it
   * @return the organisation
   */
  public static PartyOrganisation gridBranch(
      PartyOrganisationId id, String name, GridCode grid, PartyOrganisationId parent) {
    return new PartyOrganisation(
        id,
        name,
        PartyOrganisationKind.GRID_PARTY_BRANCH,
        Optional.of(parent),
        Optional.of(Area.of(grid)));
  }

  /**
   * A Party group (党小组) under a grid Party branch.
   *
   * @param id its identifier
   * @param name its name
   * @param grid its grid
   * @param branch the branch above it
   * @return the organisation
   */
  public static PartyOrganisation partyGroup(
      PartyOrganisationId id, String name, GridCode grid, PartyOrganisationId branch) {
    return new PartyOrganisation(
        id,
        name,
        PartyOrganisationKind.PARTY_GROUP,
        Optional.of(branch),
        Optional.of(Area.of(grid)));
  }

  /**
   * The Party organisation of a unit (单位党组织).
   *
   * @param id its identifier
   * @param name its name
   * @return the organisation
   */
  public static PartyOrganisation ofUnit(PartyOrganisationId id, String name) {
    return new PartyOrganisation(
        id, name, PartyOrganisationKind.UNIT_ORGANISATION, Optional.empty(), Optional.empty());
  }

  /**
   * The grid of this organisation, if it is a grid's.
   *
   * @return the grid's code, or empty
   */
  public Optional<GridCode> grid() {
    return area.flatMap(Area::optionalGrid);
  }

  /**
   * The community of this organisation, if it sits in one.
   *
   * @return the community's code, or empty for a unit's organisation
   */
  public Optional<CommunityCode> community() {
    return area.map(Area::community);
  }
}
