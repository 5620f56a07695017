package org.gridgov.rules.engine;

import org.gridgov.core.common.Message;
import org.gridgov.rules.RuleProblem;

/**
 * The words of the problems the checks of rule files find, as messages of governance-rules' bundle
 * under the keys {@code rule.problem.*}, so that they read in English or Chinese. A use of code
 * (such as {@code calls java.lang.System (System.exit)}, {@link CodeUse}) names classes and members
 * as they are written, inside words in the reader's language: what it does, where it is and why it
 * is refused.
 */
final class ProblemText {

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
   * A refused use of code.
   *
   * @param use what the code does ({@link CodeUse})
   * @param why why it is refused, or null when it is not on the allow-list
   * @param where where it is, or null
   * @return the message
   */
  static Message code(Message use, Message why, Message where) {
    Message reason = why == null ? of("widen") : why;
    return where == null ? of("codeAnywhere", use, reason) : of("code", use, where, reason);
  }

  /**
   * A use that is not on the allow-list.
   *
   * @param use what the code does ({@link CodeUse})
   * @param where where it is, or null
   * @return the message
   */
  static Message notAllowed(Message use, Message where) {
    return code(use, null, where);
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
