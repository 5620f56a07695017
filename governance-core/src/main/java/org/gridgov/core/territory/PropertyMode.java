package org.gridgov.core.territory;

/**
 * How a compound's property is managed. Old compounds without management are brought under one of
 * the first four modes; routing sends property matters to the property company only in {@link
 * #PROFESSIONAL}, and to the community in the other modes.
 */
public enum PropertyMode {
  /** A professional property-management company (专业物业). */
  PROFESSIONAL,
  /** Management run by the community (社区领办). */
  COMMUNITY_RUN,
  /** Management assisted by the institution that owns the buildings (权属单位助力). */
  OWNER_INSTITUTION_ASSISTED,
  /** Management by the residents themselves (居民自管). */
  SELF_MANAGED,
  /** No property management at all (无物业). */
  NONE;

  /**
   * Whether the compound has some form of property management.
   *
   * @return false only for {@link #NONE}
   */
  public boolean managed() {
    return this != NONE;
  }
}
