package org.gridgov.core.lists;

/**
 * The kind of a matter, which decides who is responsible for it.
 *
 * <ul>
 *   <li>{@link #POWER}: 权力事项, exercised by a competent district unit under the law;
 *   <li>{@link #AUTONOMY}: 自治事项, for the residents' or villagers' committee to settle;
 *   <li>{@link #ASSISTANCE}: 协助事项, handled by the community with the support of a unit.
 * </ul>
 */
public enum MatterKind {
  /** 权力事项: a competent district unit decides and acts. */
  POWER,
  /** 自治事项: the residents' or villagers' committee settles it. */
  AUTONOMY,
  /** 协助事项: the community handles it with a unit's support. */
  ASSISTANCE
}
