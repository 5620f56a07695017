package org.gridgov.core.organisation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.gridgov.core.common.ValueRefusedException;
import org.gridgov.core.territory.CommunityCode;

/**
 * A community's joint Party committee (大党委, "1+X"): the community Party organisation as the core
 * ("1") and X member organisations of resident and co-building units.
 *
 * <p>X may be zero; no organisation is a member twice; the core is never one of the members.
 *
 * @param community the community
 * @param core the community Party organisation at the centre
 * @param members the member organisations, in the order they joined
 */
public record JointPartyCommittee(
    CommunityCode community, PartyOrganisationId core, List<JointCommitteeMember> members) {

  /** Checks the fields and copies the members. */
  public JointPartyCommittee {
    Objects.requireNonNull(community, "a joint Party committee needs a community");
    Objects.requireNonNull(core, "the joint Party committee of " + community + " needs a core");
    members = List.copyOf(members);
    Set<PartyOrganisationId> seen = new HashSet<>();
    for (JointCommitteeMember member : members) {
      if (member.organisation().equals(core)) {
        throw ValueRefusedException.of(
            "refused.JointPartyCommittee.coreOrganisationJointParty", core, community);
      }
      if (!seen.add(member.organisation())) {
        throw ValueRefusedException.of(
            "refused.JointPartyCommittee.partyOrganisationMemberJoint",
            member.organisation(),
            community);
      }
    }
  }

  /**
   * A committee with its core and no members yet ("1+0").
   *
   * @param community the community
   * @param core the community Party organisation
   * @return the committee
   */
  public static JointPartyCommittee of(CommunityCode community, PartyOrganisationId core) {
    return new JointPartyCommittee(community, core, List.of());
  }

  /**
   * The X of "1+X".
   *
   * @return the number of member organisations
   */
  public int x() {
    return members.size();
  }

  /**
   * Whether an organisation sits on the committee, as core or member.
   *
   * @param organisation the organisation
   * @return true if it is the core or a member
   */
  public boolean includes(PartyOrganisationId organisation) {
    return core.equals(organisation) || member(organisation).isPresent();
  }

  /**
   * The membership of an organisation.
   *
   * @param organisation the organisation
   * @return its membership, or empty if it is not a member
   */
  public Optional<JointCommitteeMember> member(PartyOrganisationId organisation) {
    return members.stream().filter(m -> m.organisation().equals(organisation)).findFirst();
  }

  /**
   * This committee with one more member.
   *
   * @param member the new member
   * @return a new committee
   * @throws IllegalArgumentException if the organisation is already on the committee
   */
  public JointPartyCommittee withMember(JointCommitteeMember member) {
    List<JointCommitteeMember> all = new ArrayList<>(members);
    all.add(member);
    return new JointPartyCommittee(community, core, all);
  }
}
