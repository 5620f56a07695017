package org.gridgov.core.organisation;

/** The kind of a self-governing organisation of residents. */
public enum SelfGoverningKind {
  /** 业主委员会: the owners' committee of a compound. */
  OWNERS_COMMITTEE,
  /** 物业管理委员会: a property management committee where no owners' committee exists. */
  PROPERTY_MANAGEMENT_COMMITTEE,
  /** 居民议事会: a residents' council that deliberates on community affairs. */
  RESIDENTS_COUNCIL,
  /** 老年协会: an elderly association. */
  ELDERLY_ASSOCIATION,
  /** 人民调解委员会: a people's mediation committee. */
  MEDIATION_COMMITTEE,
  /** 红白理事会: a council for weddings and funerals. */
  CEREMONIES_COUNCIL,
  /** 自管小组: a residents' self-management group of an old compound. */
  SELF_MANAGEMENT_GROUP,
  /** Any other self-governing organisation. */
  OTHER
}
