package org.gridgov.core.cycle;

import org.gridgov.core.common.ValueRefusedException;

/**
 * An amount of the means a project needs and a resource offers in a quarter: funds in yuan, hours
 * of work (skills and services) and materials in units. Resources offer a capacity per quarter that
 * the projects agreed in that quarter use up.
 *
 * @param fundsYuan funds, 0 or more yuan
 * @param hours hours of work, 0 or more
 * @param materials materials, 0 or more units
 */
public record Capacity(long fundsYuan, long hours, long materials) {

  /** Nothing at all. */
  public static final Capacity NONE = new Capacity(0, 0, 0);

  /** Checks that no amount is negative. */
  public Capacity {
    if (fundsYuan < 0 || hours < 0 || materials < 0) {
      throw ValueRefusedException.of(
          "refused.Capacity.capacityHasMoreYuan", fundsYuan, hours, materials);
    }
  }

  /**
   * A capacity.
   *
   * @param fundsYuan yuan
   * @param hours hours
   * @param materials units
   * @return the capacity
   */
  public static Capacity of(long fundsYuan, long hours, long materials) {
    return new Capacity(fundsYuan, hours, materials);
  }

  /**
   * Both amounts together.
   *
   * @param other another capacity
   * @return the sum
   */
  public Capacity plus(Capacity other) {
    return new Capacity(
        Math.addExact(fundsYuan, other.fundsYuan),
        Math.addExact(hours, other.hours),
        Math.addExact(materials, other.materials));
  }

  /**
   * What is left of this after another is taken, never below zero in any amount.
   *
   * @param other the amount taken
   * @return the rest
   */
  public Capacity minus(Capacity other) {
    return new Capacity(
        Math.max(0, fundsYuan - other.fundsYuan),
        Math.max(0, hours - other.hours),
        Math.max(0, materials - other.materials));
  }

  /**
   * The part of a need this capacity can meet: the smaller of each amount.
   *
   * @param need what is needed
   * @return the part met
   */
  public Capacity meetable(Capacity need) {
    return new Capacity(
        Math.min(fundsYuan, need.fundsYuan),
        Math.min(hours, need.hours),
        Math.min(materials, need.materials));
  }

  /**
   * Whether this capacity meets a need in every amount.
   *
   * @param need what is needed
   * @return true if no amount falls short
   */
  public boolean covers(Capacity need) {
    return fundsYuan >= need.fundsYuan && hours >= need.hours && materials >= need.materials;
  }

  /**
   * Whether every amount is zero.
   *
   * @return true for {@link #NONE}
   */
  public boolean isNone() {
    return fundsYuan == 0 && hours == 0 && materials == 0;
  }

  @Override
  public String toString() {
    return fundsYuan + " yuan, " + hours + " h, " + materials + " units";
  }
}
