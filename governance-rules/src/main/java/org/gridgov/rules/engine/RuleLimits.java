package org.gridgov.rules.engine;

import org.gridgov.rules.RuleLimitException;
import org.kie.api.definition.rule.Rule;

/** The bounds a call's rules are kept within, and the refusals that say a call went past one. */
final class RuleLimits {

  private RuleLimits() {}

  static int firingBound(int facts) {
    long bound =
        RuleLimitException.BASE_FIRINGS + (long) RuleLimitException.FIRINGS_PER_FACT * facts;
    return (int) Math.min(bound, Integer.MAX_VALUE);
  }

  static RuleLimitException firings(Rule last, int bound, int facts) {
    String rule = named(last);
    return new RuleLimitException(
        rule,
        "the rules fired "
            + bound
            + " times for "
            + facts
            + " facts and were stopped"
            + (rule.isEmpty() ? "" : " in " + rule)
            + ": a rule that inserts what makes it fire again never ends. The call's session is"
            + " dropped; the engine serves other calls");
  }

  static RuleLimitException stack(Rule last) {
    String rule = named(last);
    return new RuleLimitException(
        rule,
        "a rule's code called itself deeper than the stack allows"
            + (rule.isEmpty() ? "" : " (the rule that inserted last: " + rule + ")")
            + "; the call's session is dropped and the engine serves other calls");
  }

  private static String named(Rule rule) {
    return rule == null ? "" : rule.getPackageName() + " \"" + rule.getName() + "\"";
  }
}
