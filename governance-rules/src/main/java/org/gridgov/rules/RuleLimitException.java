package org.gridgov.rules;

/**
 * A call stopped because its rules went past a bound the engine keeps, so that a rule that would
 * run on for ever fails its own call in bounded time and the engine goes on serving other calls.
 *
 * <p>A call fires at most {@value #BASE_FIRINGS} rules plus {@value #FIRINGS_PER_FACT} per fact
 * given; each firing runs code without loops, recursion or unbounded allocation (the engine refuses
 * such code when it loads integrator rules), so the call ends within that many firings. Past the
 * bound the call's session is dropped and this exception names the rule that fired last with an
 * insert, which is the rule that keeps re-activating. A rule whose code overflows the stack is
 * reported the same way.
 */
public final class RuleLimitException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The firings every call may make, whatever its number of facts. */
  public static final int BASE_FIRINGS = 100_000;

  /** The firings a call may make for each fact it is given. */
  public static final int FIRINGS_PER_FACT = 100;

  private final String rule;

  /**
   * Makes the exception for a call stopped in a rule.
   *
   * @param rule the package and name of the rule, or empty when no rule is known
   * @param message what bound was passed and what became of the call
   */
  public RuleLimitException(String rule, String message) {
    super(message);
    this.rule = rule;
  }

  /**
   * The rule the call was stopped in.
   *
   * @return the package and name of the rule, such as {@code org.example.rules "loops"}, or empty
   *     when no rule had inserted anything yet
   */
  public String rule() {
    return rule;
  }
}
