package org.gridgov.core.people;

import java.util.Objects;
import java.util.regex.Pattern;
import org.gridgov.core.common.Checks;
import org.gridgov.core.common.ValueRefusedException;

/**
 * A skill a capable resident or volunteer offers, by code; the set is open, so that a community can
 * name its own. Common codes are given as constants.
 *
 * @param code upper-case letters, digits and underscores, such as {@code PLUMBING}
 */
public record Skill(String code) {

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

  /** Plumbing (水暖维修). */
  public static final Skill PLUMBING = new Skill("PLUMBING");

  /** Electrical work (电工). */
  public static final Skill ELECTRICIAN = new Skill("ELECTRICIAN");

  /** Care of the elderly (养老照护). */
  public static final Skill ELDERLY_CARE = new Skill("ELDERLY_CARE");

  /** Legal advice (法律咨询). */
  public static final Skill LAW = new Skill("LAW");

  /** Psychological counselling (心理疏导). */
  public static final Skill PSYCHOLOGY = new Skill("PSYCHOLOGY");

  /** Medical care (医疗保健). */
  public static final Skill MEDICAL = new Skill("MEDICAL");

  /** Dispute mediation (矛盾调解). */
  public static final Skill MEDIATION = new Skill("MEDIATION");

  /** Checks the code. */
  public Skill {
    Objects.requireNonNull(code, "a skill code is required");
    if (!CODE.matcher(code).matches()) {
      throw ValueRefusedException.of("refused.Skill.skillCodeHasUpper", Checks.quote(code));
    }
  }

  /**
   * Makes a skill.
   *
   * @param code the code
   * @return the skill
   */
  public static Skill of(String code) {
    return new Skill(code);
  }

  @Override
  public String toString() {
    return code;
  }
}
