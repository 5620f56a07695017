package org.gridgov.rules.decision;

/**
 * A decision made by a rule. Rules never change the facts they match; they insert decisions, and
 * the host applies them to the domain through its lifecycle transitions. Every decision names the
 * rule that made it.
 */
public interface Decision {

  /**
   * The rule that made this decision.
   *
   * @return the rule's name, as written in its file or in the NAME column of its table
   */
  String rule();
}
