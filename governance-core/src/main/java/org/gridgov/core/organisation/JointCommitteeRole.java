package org.gridgov.core.organisation;

/** What a member organisation brings to the joint Party committee ("X" of "1+X"). */
public enum JointCommitteeRole {
  /** The Party organisation of a district unit paired (包联) with the community. */
  PAIRED_UNIT,
  /** The Party organisation of a unit stationed in the community (驻区单位). */
  RESIDENT_UNIT,
  /** The Party organisation of a co-building unit (共建单位). */
  CO_BUILDING_UNIT,
  /** The Party organisation of a property company serving the community. */
  PROPERTY_COMPANY,
  /** The Party organisation of a school, hospital or other public institution. */
  PUBLIC_INSTITUTION,
  /** The Party organisation of a non-public enterprise or social organisation (两新组织). */
  NEW_ECONOMIC_OR_SOCIAL_ORGANISATION
}
