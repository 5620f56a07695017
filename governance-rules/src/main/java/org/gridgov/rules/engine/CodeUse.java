package org.gridgov.rules.engine;

import org.gridgov.core.common.Message;
import org.gridgov.rules.RuleProblem;

/**
 * What a refused piece of a rule's code does, as a message of governance-rules' bundle under the
 * keys {@code rule.use.*}: the words are the reader's language, the classes, members and values
 * they name stay as they are written, for they are code. The checks of rule files and of compiled
 * code both say what they refuse with these.
 */
final class CodeUse {

  private CodeUse() {}

  /**
   * A message of the bundle under {@code rule.use.}.
   *
   * @param key the key after {@code rule.use.}
   * @param arguments its arguments: code as text, or messages
   * @return the message
   */
  static Message of(String key, Object... arguments) {
    return Message.of(RuleProblem.MESSAGES, "rule.use." + key, arguments);
  }

  /** Calls a member, such as {@code calls java.lang.System (System.exit)}. */
  static Message calls(String type, String written) {
    return of("calls", type, written);
  }

  /** Creates an object, such as {@code creates java.io.File (new File)}. */
  static Message creates(String type, String simpleName) {
    return of("creates", type, "new " + simpleName);
  }

  /** Uses a name or a type, such as {@code uses java.lang.Runtime}. */
  static Message uses(Object what) {
    return of("uses", what);
  }

  /** A use that reaches a type the rules may not use: {@code use, which reaches type}. */
  static Message reaches(Message use, String type) {
    return of("reaches", use, type);
  }
}
