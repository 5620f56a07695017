package org.gridgov.core.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.gridgov.core.territory.CommunityCode;
import org.gridgov.core.territory.GridCode;
import org.junit.jupiter.api.Test;

class PartyOrganisationTest {

  private static final CommunityCode COMMUNITY = CommunityCode.of("350111001001");
  private static final GridCode GRID = COMMUNITY.grid(1);
  private static final PartyOrganisationId COMMITTEE = PartyOrganisationId.of("po-committee");

  @Test
  void aGridPartyBranchMustNameItsGrid() {
    // given a grid Party branch that names only its community
    // when it is made, then it is refused
    assertThatThrownBy(
            () ->
                new PartyOrganisation(
                    PartyOrganisationId.of("po-branch"),
                    "第一网格党支部",
                    PartyOrganisationKind.GRID_PARTY_BRANCH,
                    Optional.of(COMMITTEE),
                    Optional.of(Area.of(COMMUNITY))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("GRID_PARTY_BRANCH names its grid");
  }

  @Test
  void aGridPartyBranchBelongsToTheCommunityOfItsGrid() {
    // given a grid Party branch of the first grid
    PartyOrganisation branch =
        PartyOrganisation.gridBranch(
            PartyOrganisationId.of("po-branch"), "第一网格党支部", GRID, COMMITTEE);

    // when / then its community is read from the grid
    assertThat(branch.grid()).contains(GRID);
    assertThat(branch.community()).contains(COMMUNITY);
  }

  @Test
  void aCommunityPartyCommitteeMustNameAWholeCommunity() {
    // given a community committee that names a grid, then it is refused
    assertThatThrownBy(
            () ->
                new PartyOrganisation(
                    COMMITTEE,
                    "站前社区党委",
                    PartyOrganisationKind.COMMUNITY_PARTY_COMMITTEE,
                    Optional.empty(),
                    Optional.of(Area.of(GRID))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("names its community");
  }

  @Test
  void aPartyGroupMustNameTheBranchAboveIt() {
    // given a Party group without a parent, then it is refused
    assertThatThrownBy(
            () ->
                new PartyOrganisation(
                    PartyOrganisationId.of("po-group"),
                    "3号楼党小组",
                    PartyOrganisationKind.PARTY_GROUP,
                    Optional.empty(),
                    Optional.of(Area.of(GRID))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("names its parent");
  }

  @Test
  void aUnitsOrganisationNamesNoPlace() {
    // given a unit's organisation that names a community, then it is refused
    assertThatThrownBy(
            () ->
                new PartyOrganisation(
                    PartyOrganisationId.of("po-unit"),
                    "区住建局机关党委",
                    PartyOrganisationKind.UNIT_ORGANISATION,
                    Optional.empty(),
                    Optional.of(Area.of(COMMUNITY))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("names no community or grid");
  }

  @Test
  void anOrganisationCannotBeItsOwnParent() {
    // given a branch whose parent is itself, then it is refused
    assertThatThrownBy(
            () ->
                PartyOrganisation.gridBranch(
                    PartyOrganisationId.of("po-branch"),
                    "第一网格党支部",
                    GRID,
                    PartyOrganisationId.of("po-branch")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("its own parent");
  }

  @Test
  void aCommunityAreaCoversItsGridsButAGridDoesNotCoverItsCommunity() {
    // given a community and one of its grids
    Area community = Area.of(COMMUNITY);
    Area grid = Area.of(GRID);

    // when / then
    assertThat(community.covers(grid)).isTrue();
    assertThat(grid.covers(community)).isFalse();
    assertThat(grid.covers(Area.of(COMMUNITY.grid(2)))).isFalse();
  }
}
