package org.gridgov.core.people;

/** A role a person plays in grid governance; a person may play several. */
public enum Role {
  /** 居民: lives in the grid. */
  RESIDENT,
  /** 党员: a member of the Party; such a person has a {@link PartyMembership}. */
  PARTY_MEMBER,
  /** 干部: a cadre of a unit or of the community. */
  CADRE,
  /** 志愿者: serves in a volunteer team. */
  VOLUNTEER,
  /** 小区能人: a capable resident with skills that posts and relief requests need. */
  CAPABLE_RESIDENT
}
