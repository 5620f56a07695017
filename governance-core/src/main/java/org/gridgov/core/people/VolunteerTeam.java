package org.gridgov.core.people;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.gridgov.core.common.Checks;
import org.gridgov.core.organisation.Area;
import org.gridgov.core.organisation.VolunteerTeamId;

/**
 * A volunteer team (志愿服务队) of a grid or a community. A grid's volunteer service team is one of its
 * two teams (see {@link org.gridgov.core.organisation.GridTeams}).
 *
 * @param id its identifier
 * @param name its name
 * @param area the grid or community it serves
 * @param members its members, possibly none yet
 */
public record VolunteerTeam(VolunteerTeamId id, String name, Area area, Set<PersonId> members) {

  /** Checks the fields and copies the members. */
  public VolunteerTeam {
    Objects.requireNonNull(id, "a volunteer team needs an id");
    Checks.text(name, Checks.term("volunteerTeamName"));
    Objects.requireNonNull(area, "volunteer team " + id + " serves a grid or a community");
    members = Set.copyOf(members);
  }

  /**
   * A team with no members yet.
   *
   * @param id its identifier
   * @param name its name
   * @param area the grid or community it serves
   * @return the team
   */
  public static VolunteerTeam of(VolunteerTeamId id, String name, Area area) {
    return new VolunteerTeam(id, name, area, Set.of());
  }

  /**
   * This team with one more member; the same team if the person is already a member.
   *
   * @param person the new member
   * @return a new team
   */
  public VolunteerTeam withMember(PersonId person) {
    Set<PersonId> all = new HashSet<>(members);
    all.add(Objects.requireNonNull(person, "a member is a person"));
    return new VolunteerTeam(id, name, area, all);
  }

  /**
   * This team without a member.
   *
   * @param person the member leaving
   * @return a new team
   */
  public VolunteerTeam withoutMember(PersonId person) {
    Set<PersonId> all = new HashSet<>(members);
    all.remove(person);
    return new VolunteerTeam(id, name, area, all);
  }

  /**
   * Whether the team serves a single grid.
   *
   * @return true for a grid's team, false for a community's
   */
  public boolean ofGrid() {
    return area.optionalGrid().isPresent();
  }
}
