package org.gridgov.rules.engine;

import java.util.Map;
import org.gridgov.core.common.Message;
import org.gridgov.rules.RuleProblem;

/**
 * The words of the problems the checks of rule files find, as messages of governance-rules' bundle
 * under the keys {@code rule.problem.*}, so that they read in English or Chinese. A use of code
 * (such as {@code calls java.lang.System (System.exit)}) names classes and members as they are
 * written and is shown as it is, inside words in the reader's language: where it is and why it is
 * refused.
 */
final class ProblemText {

  /** The English of the reason most refusals give, as the checks write it. */
  static final String WIDEN =
      "not on the rule allow-list; hosts can widen it with GovernanceEngine.builder().allow(...)";

  /** The other reasons the checks of compiled code give, in English, by their key. */
  private static final Map<String, String> REASONS =
      Map.of(
          "rules may call insert(...), drools.getRule().getName() and getPackageName()",
          "sessionOnly",
          "a regular expression is a literal, which the engine checks",
          "regexLiteral",
          "a rule's code runs to its end in steps it can count",
          "countedSteps",
          "an array has a constant size of at most " + RuleBytecode.MAX_ARRAY,
          "arrayBound");

  private ProblemText() {}

  /**
   * A message of the bundle under {@code rule.problem.}.
   *
   * @param key the key after {@code rule.problem.}
   * @param arguments its arguments
   * @return the message
   */
  static Message of(String key, Object... arguments) {
    return Message.of(RuleProblem.MESSAGES, "rule.problem." + key, arguments);
  }

  /** Where a use is: in a rule. */
  static Message inRule(String rule) {
    return of("inRule", rule);
  }

  /** Where a use is: in a function. */
  static Message inFunction(String function) {
    return of("inFunction", function);
  }

  /**
   * A refused use of code, written {@code use [where] — reason}: the reason after the first dash,
   * or that the use is not on the allow-list if the use gives none.
   *
   * @param written the use as the check wrote it, in English, with its reason after " — " if any
   * @param where where it is, or null
   * @return the message
   */
  static Message code(String written, Message where) {
    int dash = written.indexOf(" — ");
    String use = dash < 0 ? written : written.substring(0, dash);
    String reason = dash < 0 ? WIDEN : written.substring(dash + " — ".length());
    Message why =
        reason.equals(WIDEN)
            ? of("widen")
            : REASONS.containsKey(reason) ? of(REASONS.get(reason)) : Message.text(reason);
    return where == null ? of("codeAnywhere", use, why) : of("code", use, where, why);
  }

  /**
   * A use that is not on the allow-list.
   *
   * @param use the use: English naming code, or a message
   * @param where where it is, or null
   * @return the message
   */
  static Message notAllowed(Object use, Message where) {
    return where == null
        ? of("codeAnywhere", use, of("widen"))
        : of("code", use, where, of("widen"));
  }

  /**
   * What the compiler or Drools' parser said, as it said it.
   *
   * @param text their words
   * @return the message
   */
  static Message compiler(Message text) {
    return of("compiler", text);
  }
}
