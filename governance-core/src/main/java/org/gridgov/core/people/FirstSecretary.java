package org.gridgov.core.people;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.gridgov.core.common.ValueRefusedException;
import org.gridgov.core.organisation.Area;
import org.gridgov.core.organisation.PartyOrganisation;
import org.gridgov.core.organisation.PartyOrganisationId;
import org.gridgov.core.organisation.PartyOrganisationKind;
import org.gridgov.core.organisation.UnitId;
import org.gridgov.core.territory.CommunityCode;

/**
 * The appointment of a first secretary (第一书记): a paired unit's Party leader sent to a community, or
 * a cadre sent to the Party branch of a weak grid (薄弱网格).
 *
 * <p>Of a community, the area is the community and no branch is named; of a weak grid, the area is
 * the grid and the grid's Party branch is named.
 *
 * @param person the person appointed
 * @param sendingUnit the unit that sends the person
 * @param area the community, or the weak grid
 * @param gridBranch the weak grid's Party branch, present exactly when the area is a grid
 * @param from the first day of the appointment
 */
public record FirstSecretary(
    PersonId person,
    UnitId sendingUnit,
    Area area,
    Optional<PartyOrganisationId> gridBranch,
    LocalDate from) {

  /** Checks the fields and that a branch is named exactly for a grid. */
  public FirstSecretary {
    Objects.requireNonNull(person, "a first secretary appointment names its person");
    Objects.requireNonNull(sendingUnit, "first secretary " + person + " is sent by a unit");
    Objects.requireNonNull(area, "first secretary " + person + " serves a community or a grid");
    Objects.requireNonNull(gridBranch, "gridBranch is Optional.empty() when absent");
    Objects.requireNonNull(from, "the appointment of first secretary " + person + " has a date");
    if (gridBranch.isPresent() != area.optionalGrid().isPresent()) {
      throw ValueRefusedException.of(
          gridBranch.isPresent()
              ? "refused.FirstSecretary.communityWithABranch"
              : "refused.FirstSecretary.weakGridWithoutABranch",
          area);
    }
  }

  /**
   * A first secretary of a community.
   *
   * @param person the person
   * @param sendingUnit the sending unit
   * @param community the community
   * @param from the first day
   * @return the appointment
   */
  public static FirstSecretary ofCommunity(
      PersonId person, UnitId sendingUnit, CommunityCode community, LocalDate from) {
    return new FirstSecretary(person, sendingUnit, Area.of(community), Optional.empty(), from);
  }

  /**
   * A first secretary of a weak grid's Party branch.
   *
   * @param person the person
   * @param sendingUnit the sending unit
   * @param branch the grid Party branch
   * @param from the first day
   * @return the appointment
   * @throws IllegalArgumentException if the organisation is not a grid Party branch
   */
  public static FirstSecretary ofWeakGrid(
      PersonId person, UnitId sendingUnit, PartyOrganisation branch, LocalDate from) {
    if (branch.kind() != PartyOrganisationKind.GRID_PARTY_BRANCH) {
      throw ValueRefusedException.of(
          "refused.FirstSecretary.sentToAGridPartyBranch", branch.kind(), branch.id());
    }
    return new FirstSecretary(
        person, sendingUnit, branch.area().orElseThrow(), Optional.of(branch.id()), from);
  }

  /**
   * Whether the appointment is to a weak grid rather than to a community.
   *
   * @return true for a weak grid's Party branch
   */
  public boolean ofWeakGrid() {
    return gridBranch.isPresent();
  }
}
