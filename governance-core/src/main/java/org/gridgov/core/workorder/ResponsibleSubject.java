package org.gridgov.core.workorder;

import java.util.Objects;
import org.gridgov.core.common.Checks;
import org.gridgov.core.common.PersonalDataMask;
import org.gridgov.core.organisation.PartyOrganisationId;
import org.gridgov.core.organisation.UnitId;
import org.gridgov.core.people.PersonId;
import org.gridgov.core.territory.CommunityCode;
import org.gridgov.core.territory.CompoundId;
import org.gridgov.core.territory.StreetCode;

/**
 * Whoever a work order is dispatched to (责任主体). Flat on purpose, a kind, a reference and a name, so
 * that routing rules can match it and it serialises as three strings; the factories keep the
 * reference typed on the way in.
 *
 * @param kind what kind of subject, which tells what the reference names
 * @param reference the subject's id or code, such as a unit id or a community code; 1 to 64
 *     letters, digits or {@code . _ : -}
 *     <p>The name of a person ({@link SubjectKind#isPerson()}) is personal data: {@link
 *     #toString()} and {@link #maskedName()} mask it as {@link org.gridgov.core.people.PersonName}
 *     masks a name; only {@link #name()} gives it as written.
 * @param name the name shown to people, not blank
 */
public record ResponsibleSubject(SubjectKind kind, String reference, String name) {

  /** Checks the components. */
  public ResponsibleSubject {
    Objects.requireNonNull(kind, "a responsible subject needs a kind");
    Checks.identifier(reference, Checks.term("responsibleSubjectReference"));
    Checks.text(name, Checks.term("responsibleSubjectName"));
  }

  /**
   * A grid worker (网格员).
   *
   * @param person the grid worker
   * @param name their name
   * @return the subject
   */
  public static ResponsibleSubject gridWorker(PersonId person, String name) {
    return new ResponsibleSubject(SubjectKind.GRID_WORKER, person.value(), name);
  }

  /**
   * A residents' or villagers' committee (居委会 / 村委会).
   *
   * @param community the community or village
   * @param name the committee's name
   * @return the subject
   */
  public static ResponsibleSubject community(CommunityCode community, String name) {
    return new ResponsibleSubject(SubjectKind.COMMUNITY_COMMITTEE, community.value(), name);
  }

  /**
   * A grid Party branch (网格党支部).
   *
   * @param branch the branch
   * @param name its name
   * @return the subject
   */
  public static ResponsibleSubject gridPartyBranch(PartyOrganisationId branch, String name) {
    return new ResponsibleSubject(SubjectKind.GRID_PARTY_BRANCH, branch.value(), name);
  }

  /**
   * A property company (物业).
   *
   * @param company the company as a unit
   * @param name its name
   * @return the subject
   */
  public static ResponsibleSubject propertyCompany(UnitId company, String name) {
    return new ResponsibleSubject(SubjectKind.PROPERTY_COMPANY, company.value(), name);
  }

  /**
   * The owners' committee (业委会) of a compound.
   *
   * @param compound the compound
   * @param name the committee's name
   * @return the subject
   */
  public static ResponsibleSubject ownersCommittee(CompoundId compound, String name) {
    return new ResponsibleSubject(SubjectKind.OWNERS_COMMITTEE, compound.value(), name);
  }

  /**
   * A district unit (区直单位).
   *
   * @param unit the unit
   * @param name its name
   * @return the subject
   */
  public static ResponsibleSubject districtUnit(UnitId unit, String name) {
    return new ResponsibleSubject(SubjectKind.DISTRICT_UNIT, unit.value(), name);
  }

  /**
   * A resident or co-building unit (驻区单位, 共建单位).
   *
   * @param unit the unit
   * @param name its name
   * @return the subject
   */
  public static ResponsibleSubject coBuildingUnit(UnitId unit, String name) {
    return new ResponsibleSubject(SubjectKind.CO_BUILDING_UNIT, unit.value(), name);
  }

  /**
   * A street or town office (街道 / 镇).
   *
   * @param street the street
   * @param name its name
   * @return the subject
   */
  public static ResponsibleSubject street(StreetCode street, String name) {
    return new ResponsibleSubject(SubjectKind.STREET, street.value(), name);
  }

  /**
   * A community's joint meeting (联席会议).
   *
   * @param community the community whose meeting it is
   * @param name the meeting's name
   * @return the subject
   */
  public static ResponsibleSubject jointMeeting(CommunityCode community, String name) {
    return new ResponsibleSubject(SubjectKind.JOINT_MEETING, community.value(), name);
  }

  /**
   * A volunteer (志愿者).
   *
   * @param person the volunteer
   * @param name their name
   * @return the subject
   */
  public static ResponsibleSubject volunteer(PersonId person, String name) {
    return new ResponsibleSubject(SubjectKind.VOLUNTEER, person.value(), name);
  }

  /**
   * A capable resident (小区能人).
   *
   * @param person the resident
   * @param name their name
   * @return the subject
   */
  public static ResponsibleSubject capableResident(PersonId person, String name) {
    return new ResponsibleSubject(SubjectKind.CAPABLE_RESIDENT, person.value(), name);
  }

  /**
   * The name, masked where it is personal data: a person's name keeps only the surname, and any
   * phone or ID number in an organisation's name is masked.
   *
   * @return such as 张* for a grid worker named 张三, or 站前社区委员会 for a community committee
   */
  public String maskedName() {
    return kind.isPerson() ? PersonalDataMask.name(name) : PersonalDataMask.text(name);
  }

  /**
   * The kind, reference and masked name; never a person's name.
   *
   * @return such as {@code GRID_WORKER:p-1 (张*)}
   */
  @Override
  public String toString() {
    return kind + ":" + reference + " (" + maskedName() + ")";
  }
}
