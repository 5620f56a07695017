package org.gridgov.core.workorder;

/** The kind of a {@link ResponsibleSubject}, which tells what its reference names. */
public enum SubjectKind {
  /** A grid worker (网格员); the reference is a person id. */
  GRID_WORKER,
  /** The residents' or villagers' committee (居委会 / 村委会); the reference is a community code. */
  COMMUNITY_COMMITTEE,
  /** The grid Party branch (网格党支部); the reference is a Party organisation id. */
  GRID_PARTY_BRANCH,
  /** A property company (物业); the reference is a unit id. */
  PROPERTY_COMPANY,
  /** An owners' committee (业委会); the reference is the compound id. */
  OWNERS_COMMITTEE,
  /** A district unit (区直单位), such as a department; the reference is a unit id. */
  DISTRICT_UNIT,
  /** A resident or co-building unit (驻区单位, 共建单位); the reference is a unit id. */
  CO_BUILDING_UNIT,
  /** The street or town (街道 / 镇) office; the reference is a street code. */
  STREET,
  /** A community's joint meeting (联席会议); the reference is the community code. */
  JOINT_MEETING,
  /** A volunteer (志愿者); the reference is a person id. */
  VOLUNTEER,
  /** A capable resident (小区能人); the reference is a person id. */
  CAPABLE_RESIDENT;

  /**
   * Whether a subject of this kind is a person, whose name is personal data: a grid worker, a
   * volunteer or a capable resident.
   *
   * @return true for a person, false for an organisation, unit, office or meeting
   */
  public boolean isPerson() {
    return this == GRID_WORKER || this == VOLUNTEER || this == CAPABLE_RESIDENT;
  }
}
