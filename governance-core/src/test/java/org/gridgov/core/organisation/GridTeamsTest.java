package org.gridgov.core.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.gridgov.core.territory.CommunityCode;
import org.gridgov.core.territory.GridCode;
import org.junit.jupiter.api.Test;

class GridTeamsTest {

  private static final CommunityCode COMMUNITY = CommunityCode.of("350111001001");
  private static final GridCode GRID = COMMUNITY.grid(3);

  @Test
  void aGridHasAPartyBranchAndAVolunteerServiceTeam() {
    // given the grid's Party branch and its volunteer team
    PartyOrganisation branch =
        PartyOrganisation.gridBranch(
            PartyOrganisationId.of("po-g3"), "第三网格党支部", GRID, PartyOrganisationId.of("po-c"));

    // when the two teams are named
    GridTeams teams = GridTeams.of(branch, VolunteerTeamId.of("vt-g3"));

    // then both belong to the branch's grid
    assertThat(teams.grid()).isEqualTo(GRID);
    assertThat(teams.partyOrganisation()).isEqualTo(branch.id());
    assertThat(teams.volunteerTeam()).isEqualTo(VolunteerTeamId.of("vt-g3"));
  }

  @Test
  void aGridsPartyTeamIsAGridPartyBranch() {
    // given the community committee, when it is named as a grid's Party team, then it is refused
    PartyOrganisation committee =
        PartyOrganisation.communityCommittee(PartyOrganisationId.of("po-c"), "社区党委", COMMUNITY);
    assertThatThrownBy(() -> GridTeams.of(committee, VolunteerTeamId.of("vt-g3")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("GRID_PARTY_BRANCH");
  }

  @Test
  void aUnitMayHaveItsOwnPartyOrganisation() {
    // given a district department with its own organisation
    DistrictUnit unit =
        new DistrictUnit(
            UnitId.of("u-housing"),
            "区住建局",
            UnitKind.DISTRICT_DEPARTMENT,
            Optional.of(PartyOrganisationId.of("po-housing")));

    // then it names it
    assertThat(unit.partyOrganisation()).contains(PartyOrganisationId.of("po-housing"));
    assertThat(
            DistrictUnit.of(UnitId.of("u-x"), "某公司", UnitKind.CO_BUILDING_UNIT).partyOrganisation())
        .isEmpty();
  }

  @Test
  void aSelfGoverningOrganisationNeedsAName() {
    // given a blank name, then an owners' committee is refused
    assertThatThrownBy(
            () ->
                new SelfGoverningOrganisation(
                    SelfGoverningOrganisationId.of("sg-1"),
                    " ",
                    COMMUNITY,
                    SelfGoverningKind.OWNERS_COMMITTEE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not be blank");
  }
}
