package org.gridgov.rules;

import org.gridgov.rules.decision.Decision;

/**
 * Sees every decision the engine makes, for an audit trail. Listeners are called on the thread that
 * asked for the decision, after the rules have fired and before the decision is returned; a
 * listener that throws does not stop the decision, and its exception is logged.
 */
@FunctionalInterface
public interface AuditListener {

  /**
   * Called once for each decision.
   *
   * @param decision the decision, which names the rule that made it
   */
  void decided(Decision decision);
}
