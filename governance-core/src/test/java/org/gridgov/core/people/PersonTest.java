package org.gridgov.core.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.gridgov.core.organisation.PartyOrganisationId;
import org.gridgov.core.territory.BuildingId;
import org.gridgov.core.territory.CommunityCode;
import org.gridgov.core.territory.GridCode;
import org.junit.jupiter.api.Test;

class PersonTest {

  private static final GridCode GRID = CommunityCode.of("350111001001").grid(1);
  private static final PersonName NAME = PersonName.of("张三");
  private static final PhoneNumber PHONE = PhoneNumber.of("13812345678");
  private static final IdNumber ID_NUMBER = IdNumber.of("11010519491231002X");

  private static Person partyMember() {
    return new Person(
        PersonId.of("p-1"),
        NAME,
        PHONE,
        Optional.of(ID_NUMBER),
        Set.of(Role.RESIDENT, Role.PARTY_MEMBER),
        GRID,
        Optional.of(BuildingId.of("b-3")),
        Set.of(Skill.PLUMBING),
        Optional.of(
            PartyMembership.of(PartyOrganisationId.of("po-unit"), MembershipStatus.IN_SERVICE)));
  }

  @Test
  void toStringLeaksNoNamePhoneOrIdNumber() {
    // given a Party member with all personal data recorded
    String text = partyMember().toString();

    // then none of it appears, masked or not
    assertThat(text)
        .contains("p-1")
        .doesNotContain("张")
        .doesNotContain("138")
        .doesNotContain("5678")
        .doesNotContain("002X");
  }

  @Test
  void aPartyMemberHasAMembership() {
    // given the role without a membership, then the person is refused
    assertThatThrownBy(
            () ->
                new Person(
                    PersonId.of("p-1"),
                    NAME,
                    PHONE,
                    Optional.empty(),
                    Set.of(Role.PARTY_MEMBER),
                    GRID,
                    Optional.empty(),
                    Set.of(),
                    Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PARTY_MEMBER");
  }

  @Test
  void aCapableResidentOffersASkill() {
    // given a resident, when made a capable resident without skills, then it is refused
    Person resident = Person.resident(PersonId.of("p-2"), NAME, PHONE, GRID);
    assertThatThrownBy(() -> resident.withRole(Role.CAPABLE_RESIDENT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one skill");
  }

  @Test
  void aMemberRegistersIntoAGridAndBuilding() {
    // given a Party member, when the membership records a registration
    Registration registration =
        Registration.of(GRID, BuildingId.of("b-3"), LocalDate.of(2024, 5, 4));
    Person person = partyMember();
    Person registered =
        person.joinedParty(person.partyMembership().orElseThrow().registered(registration));

    // then the person is registered there
    assertThat(person.registration()).isEmpty();
    assertThat(registered.registration()).contains(registration);
    assertThat(registered.offers(Skill.PLUMBING)).isTrue();
  }

  @Test
  void aSkillIsAnOpenCode() {
    assertThat(Skill.of("CALLIGRAPHY").code()).isEqualTo("CALLIGRAPHY");
    assertThatThrownBy(() -> Skill.of("plumbing"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("upper-case");
  }
}
