package org.gridgov.core.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gridgov.core.territory.CommunityCode;
import org.junit.jupiter.api.Test;

class JointPartyCommitteeTest {

  private static final CommunityCode COMMUNITY = CommunityCode.of("350111001001");
  private static final PartyOrganisationId CORE = PartyOrganisationId.of("po-core");
  private static final JointCommitteeMember HOUSING_BUREAU =
      JointCommitteeMember.of(
          PartyOrganisationId.of("po-housing"), JointCommitteeRole.PAIRED_UNIT, UnitId.of("u-1"));

  @Test
  void aCommitteeMayHaveNoMembersYet() {
    // given a committee of its core alone
    JointPartyCommittee committee = JointPartyCommittee.of(COMMUNITY, CORE);

    // then X is zero and the core sits on it
    assertThat(committee.x()).isZero();
    assertThat(committee.includes(CORE)).isTrue();
  }

  @Test
  void countsItsMemberOrganisationsAsX() {
    // given a committee with one paired unit's organisation
    JointPartyCommittee committee =
        JointPartyCommittee.of(COMMUNITY, CORE).withMember(HOUSING_BUREAU);

    // then it is a 1+1 committee
    assertThat(committee.x()).isOne();
    assertThat(committee.member(HOUSING_BUREAU.organisation())).contains(HOUSING_BUREAU);
  }

  @Test
  void anOrganisationIsAMemberOnlyOnce() {
    // given a committee with a member
    JointPartyCommittee committee =
        JointPartyCommittee.of(COMMUNITY, CORE).withMember(HOUSING_BUREAU);

    // when the same organisation joins again, then it is refused
    assertThatThrownBy(() -> committee.withMember(HOUSING_BUREAU))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("only once");
  }

  @Test
  void theCoreIsNotAMember() {
    // given a committee, when its core joins as a member, then it is refused
    assertThatThrownBy(
            () ->
                JointPartyCommittee.of(COMMUNITY, CORE)
                    .withMember(
                        JointCommitteeMember.of(
                            CORE, JointCommitteeRole.RESIDENT_UNIT, UnitId.of("u-2"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("core organisation");
  }
}
