package org.gridgov.core.meeting;

/** In what capacity a stakeholder takes part in a joint meeting. */
public enum ParticipantRole {
  /** Chairs the meeting, usually the community Party secretary. */
  CHAIR,
  /** The community Party organisation or residents' committee. */
  COMMUNITY,
  /** A district unit paired (包联) with the community. */
  PAIRED_UNIT,
  /** A grid Party organisation. */
  GRID_PARTY_ORGANISATION,
  /** A property company. */
  PROPERTY_COMPANY,
  /** An owners' committee or other self-governing organisation. */
  OWNERS_COMMITTEE,
  /** A resident representative, Party member or capable resident. */
  RESIDENT_REPRESENTATIVE,
  /** Any other unit, such as a resident or co-building unit. */
  OTHER_UNIT
}
