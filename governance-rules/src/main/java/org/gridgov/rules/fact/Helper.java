package org.gridgov.rules.fact;

import java.util.Objects;
import java.util.Set;

/**
 * A capable resident or volunteer who may take a hardship-relief or volunteer request.
 *
 * @param personId the person's id
 * @param volunteer true for a registered volunteer, false for a capable resident
 * @param skills the skill codes the person offers
 * @param grid the person's home grid
 * @param community the person's community
 * @param load how many open orders the person holds now
 */
public record Helper(
    String personId,
    boolean volunteer,
    Set<String> skills,
    String grid,
    String community,
    int load) {

  /** Checks the fields and copies the skills. */
  public Helper {
    Objects.requireNonNull(personId, "personId");
    skills = Set.copyOf(skills);
    Objects.requireNonNull(grid, "grid");
    Objects.requireNonNull(community, "community");
  }

  /**
   * Whether the person offers a skill.
   *
   * @param skill a skill code
   * @return true if offered
   */
  public boolean offers(String skill) {
    return skills.contains(skill);
  }
}
