package org.gridgov.core.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.gridgov.core.organisation.Area;
import org.gridgov.core.organisation.PartyOrganisation;
import org.gridgov.core.organisation.PartyOrganisationId;
import org.gridgov.core.organisation.UnitId;
import org.gridgov.core.organisation.VolunteerTeamId;
import org.gridgov.core.territory.BuildingId;
import org.gridgov.core.territory.CommunityCode;
import org.gridgov.core.territory.GridCode;
import org.junit.jupiter.api.Test;

class AssignmentTest {

  private static final CommunityCode COMMUNITY = CommunityCode.of("350111001001");
  private static final GridCode GRID = COMMUNITY.grid(1);
  private static final LocalDate DAY = LocalDate.of(2024, 1, 8);
  private static final PersonId PERSON = PersonId.of("p-1");

  @Test
  void aLaneChiefNamesTheLane() {
    Assignment chief = Assignment.laneChief(PERSON, GRID, "茶园路", DAY);
    assertThat(chief.role()).isEqualTo(AssignmentRole.LANE_CHIEF);
    assertThat(chief.lane()).contains("茶园路");
  }

  @Test
  void aBuildingChiefMustNameABuilding() {
    assertThatThrownBy(
            () ->
                new Assignment(
                    PERSON,
                    AssignmentRole.BUILDING_CHIEF,
                    GRID,
                    Optional.empty(),
                    Optional.empty(),
                    DAY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("BUILDING_CHIEF");
  }

  @Test
  void aGridWorkerNamesNeitherLaneNorBuilding() {
    assertThatThrownBy(
            () ->
                new Assignment(
                    PERSON,
                    AssignmentRole.GRID_WORKER,
                    GRID,
                    Optional.empty(),
                    Optional.of(BuildingId.of("b-1")),
                    DAY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Assignment.gridWorker(PERSON, GRID, DAY).building()).isEmpty();
  }

  @Test
  void aFirstSecretaryOfAWeakGridIsSentToItsPartyBranch() {
    // given a weak grid's Party branch
    PartyOrganisation branch =
        PartyOrganisation.gridBranch(
            PartyOrganisationId.of("po-g1"), "第一网格党支部", GRID, PartyOrganisationId.of("po-c"));

    // when a cadre is sent there
    FirstSecretary secretary = FirstSecretary.ofWeakGrid(PERSON, UnitId.of("u-1"), branch, DAY);

    // then the appointment names the grid and the branch
    assertThat(secretary.ofWeakGrid()).isTrue();
    assertThat(secretary.area()).isEqualTo(Area.of(GRID));
    assertThat(secretary.gridBranch()).contains(branch.id());
  }

  @Test
  void aFirstSecretaryOfACommunityNamesNoBranch() {
    assertThatThrownBy(
            () ->
                new FirstSecretary(
                    PERSON,
                    UnitId.of("u-1"),
                    Area.of(COMMUNITY),
                    Optional.of(PartyOrganisationId.of("po-g1")),
                    DAY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("weak grid");
    assertThat(FirstSecretary.ofCommunity(PERSON, UnitId.of("u-1"), COMMUNITY, DAY).ofWeakGrid())
        .isFalse();
  }

  @Test
  void aVolunteerTeamCountsEachMemberOnce() {
    // given a grid volunteer team, when the same person joins twice
    VolunteerTeam team =
        VolunteerTeam.of(VolunteerTeamId.of("vt-1"), "第一网格志愿服务队", Area.of(GRID))
            .withMember(PERSON)
            .withMember(PERSON);

    // then the person is one member
    assertThat(team.members()).containsExactly(PERSON);
    assertThat(team.ofGrid()).isTrue();
    assertThat(team.withoutMember(PERSON).members()).isEmpty();
  }
}
