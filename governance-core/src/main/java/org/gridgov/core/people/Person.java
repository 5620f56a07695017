package org.gridgov.core.people;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.gridgov.core.common.ValueRefusedException;
import org.gridgov.core.territory.BuildingId;
import org.gridgov.core.territory.GridCode;

/**
 * A person known to the grid: a resident, Party member, cadre, volunteer or capable resident.
 *
 * <p>A person has at least one role; has the role {@link Role#PARTY_MEMBER} exactly when a Party
 * membership is given; and, as a {@link Role#CAPABLE_RESIDENT}, offers at least one skill. {@link
 * #toString()} shows the id, roles and home grid only, never the name, phone or ID number.
 *
 * @param id its identifier
 * @param name the name (personal data)
 * @param phone the phone number (personal data)
 * @param idNumber the resident ID number, if recorded (personal data)
 * @param roles the roles, one or more
 * @param homeGrid the grid the person lives in
 * @param building the building the person lives in, if known
 * @param skills the skills offered, possibly none
 * @param partyMembership the Party membership, present exactly for a Party member
 */
public record Person(
    PersonId id,
    PersonName name,
    PhoneNumber phone,
    Optional<IdNumber> idNumber,
    Set<Role> roles,
    GridCode homeGrid,
    Optional<BuildingId> building,
    Set<Skill> skills,
    Optional<PartyMembership> partyMembership) {

  /** Checks the fields and that roles, skills and membership agree. */
  public Person {
    Objects.requireNonNull(id, "a person needs an id");
    Objects.requireNonNull(name, "person " + id + " needs a name");
    Objects.requireNonNull(phone, "person " + id + " needs a phone number");
    Objects.requireNonNull(idNumber, "idNumber is Optional.empty() when absent");
    Objects.requireNonNull(roles, "person " + id + " needs roles");
    if (roles.isEmpty()) {
      throw ValueRefusedException.of("refused.Person.personHasRoleMore", id);
    }
    roles = Set.copyOf(EnumSet.copyOf(roles));
    Objects.requireNonNull(homeGrid, "person " + id + " needs a home grid");
    Objects.requireNonNull(building, "building is Optional.empty() when absent");
    skills = Set.copyOf(skills);
    Objects.requireNonNull(partyMembership, "partyMembership is Optional.empty() when absent");
    if (roles.contains(Role.PARTY_MEMBER) != partyMembership.isPresent()) {
      throw ValueRefusedException.of(
          partyMembership.isPresent()
              ? "refused.Person.membershipWithoutTheRole"
              : "refused.Person.roleWithoutAMembership",
          id);
    }
    if (roles.contains(Role.CAPABLE_RESIDENT) && skills.isEmpty()) {
      throw ValueRefusedException.of("refused.Person.personCapableResidentOffers", id);
    }
  }

  /**
   * A resident with no other role, skill or ID number recorded.
   *
   * @param id the identifier
   * @param name the name
   * @param phone the phone number
   * @param homeGrid the home grid
   * @return the person
   */
  public static Person resident(
      PersonId id, PersonName name, PhoneNumber phone, GridCode homeGrid) {
    return new Person(
        id,
        name,
        phone,
        Optional.empty(),
        Set.of(Role.RESIDENT),
        homeGrid,
        Optional.empty(),
        Set.of(),
        Optional.empty());
  }

  /**
   * Whether the person plays a role.
   *
   * @param role the role
   * @return true if it is one of the person's roles
   */
  public boolean has(Role role) {
    return roles.contains(role);
  }

  /**
   * Whether the person offers a skill.
   *
   * @param skill the skill
   * @return true if it is one of the person's skills
   */
  public boolean offers(Skill skill) {
    return skills.contains(skill);
  }

  /**
   * The grid the person has registered (报到) into as a Party member.
   *
   * @return the registration, or empty if not a Party member or not registered
   */
  public Optional<Registration> registration() {
    return partyMembership.flatMap(PartyMembership::registration);
  }

  /**
   * This person with one more role.
   *
   * @param role the role; {@link Role#PARTY_MEMBER} is given through {@link
   *     #joinedParty(PartyMembership)}
   * @return a new person
   */
  public Person withRole(Role role) {
    EnumSet<Role> all = EnumSet.copyOf(roles);
    all.add(role);
    return new Person(id, name, phone, idNumber, all, homeGrid, building, skills, partyMembership);
  }

  /**
   * This person as a Party member.
   *
   * @param membership the membership
   * @return a new person with the role and the membership
   */
  public Person joinedParty(PartyMembership membership) {
    EnumSet<Role> all = EnumSet.copyOf(roles);
    all.add(Role.PARTY_MEMBER);
    return new Person(
        id, name, phone, idNumber, all, homeGrid, building, skills, Optional.of(membership));
  }

  /**
   * The id, roles and home grid; never the name, phone or ID number.
   *
   * @return such as {@code Person[id=p-1, roles=[RESIDENT], homeGrid=350111001001001]}
   */
  @Override
  public String toString() {
    return "Person[id=" + id + ", roles=" + EnumSet.copyOf(roles) + ", homeGrid=" + homeGrid + "]";
  }
}
