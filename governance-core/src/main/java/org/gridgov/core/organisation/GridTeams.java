package org.gridgov.core.organisation;

import java.util.Objects;
import org.gridgov.core.common.ValueRefusedException;
import org.gridgov.core.territory.GridCode;

/**
 * The two teams of a grid: the grid Party organisation and the grid volunteer service team, into
 * which capable residents and keen Party members are enrolled on posts.
 *
 * @param grid the grid
 * @param partyOrganisation the grid Party branch
 * @param volunteerTeam the grid volunteer service team
 */
public record GridTeams(
    GridCode grid, PartyOrganisationId partyOrganisation, VolunteerTeamId volunteerTeam) {

  /** Checks the fields. */
  public GridTeams {
    Objects.requireNonNull(grid, "the teams of a grid name the grid");
    Objects.requireNonNull(partyOrganisation, "grid " + grid + " has a Party organisation");
    Objects.requireNonNull(volunteerTeam, "grid " + grid + " has a volunteer service team");
  }

  /**
   * The teams of a grid, taking the grid from its Party branch.
   *
   * @param branch the grid Party branch
   * @param volunteerTeam the grid volunteer service team
   * @return the teams
   * @throws IllegalArgumentException if the organisation is not a grid Party branch
   */
  public static GridTeams of(PartyOrganisation branch, VolunteerTeamId volunteerTeam) {
    if (branch.kind() != PartyOrganisationKind.GRID_PARTY_BRANCH) {
      throw ValueRefusedException.of(
          "refused.GridTeams.partyTeamIsABranch", branch.kind(), branch.id());
    }
    return new GridTeams(branch.grid().orElseThrow(), branch.id(), volunteerTeam);
  }
}
