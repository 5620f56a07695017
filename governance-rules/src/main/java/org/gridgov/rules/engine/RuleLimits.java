package org.gridgov.rules.engine;

import org.gridgov.core.common.Message;
import org.gridgov.rules.RuleLimitException;
import org.gridgov.rules.RuleProblem;
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
        rule.isEmpty() ? limit("firings", bound, facts) : limit("firingsIn", bound, facts, rule));
  }

  static RuleLimitException stack(Rule last) {
    String rule = named(last);
    return new RuleLimitException(rule, rule.isEmpty() ? limit("stack") : limit("stackIn", rule));
  }

  private static Message limit(String key, Object... arguments) {
    return Message.of(RuleProblem.MESSAGES, "rule.limit." + key, arguments);
  }

  private static String named(Rule rule) {
    return rule == null ? "" : rule.getPackageName() + " \"" + rule.getName() + "\"";
  }
}
