package org.gridgov.core.cycle;

/** Who offers an item of the service resource list (服务资源清单). */
public enum ProviderKind {
  /** A district unit paired (包联) with the community. */
  PAIRED_UNIT,
  /** Serving Party members and cadres registered into the community (双报到). */
  REGISTERED_PARTY_MEMBERS,
  /** A volunteer service team. */
  VOLUNTEER_TEAM,
  /** A self-governing organisation of residents, such as an owners' committee. */
  SELF_GOVERNING_ORGANISATION,
  /** A property company. */
  PROPERTY_COMPANY,
  /** A capable resident (小区能人). */
  CAPABLE_RESIDENT
}
