package org.gridgov.core.organisation;

/** The kind of a unit working with communities. */
public enum UnitKind {
  /** 区直单位: a department of the district government, paired with communities. */
  DISTRICT_DEPARTMENT,
  /** 驻区单位: a unit stationed in the district, such as a school, hospital or state company. */
  RESIDENT_UNIT,
  /** 共建单位: a unit that builds with the community, such as a property company or enterprise. */
  CO_BUILDING_UNIT
}
