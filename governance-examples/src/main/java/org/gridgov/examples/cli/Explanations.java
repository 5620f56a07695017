package org.gridgov.examples.cli;

import java.util.MissingResourceException;
import org.gridgov.core.lists.Category;
import org.gridgov.examples.text.RuleNames;
import org.gridgov.examples.text.Texts;
import org.gridgov.rules.decision.CategoryDefinition;
import org.gridgov.rules.decision.OrderDecision;
import org.gridgov.rules.fact.RoutingTarget;
import org.gridgov.rules.routing.ConsideredRule;
import org.gridgov.rules.routing.Routing;

/**
 * The codes in the engine's explanations shown by name: a route's considered rules (the target, its
 * priority and why a rule of higher priority did not win), an order's category and the kinds of a
 * sweep's decisions. English keeps the engine's codes beside the words, as the rest of the English
 * output does.
 */
final class Explanations {

  private Explanations() {}

  /**
   * A rule of a route's explanation, such as {@code 纠纷由社区调解（...） → 社区居委会（优先级 30）} in Chinese or
   * {@code disputes are mediated by the community → COMMUNITY_COMMITTEE (30)} in English, followed
   * by why it was passed over when the district has no subject for its target.
   *
   * @param texts the language
   * @param names the rules' names in it
   * @param considered the rule and what became of its proposal
   * @return the line as the reader reads it
   */
  static String considered(Texts texts, RuleNames names, ConsideredRule considered) {
    RoutingTarget target = considered.target();
    String line =
        names.shown(considered.rule())
            + texts.get(
                "route.considered.target",
                texts.chinese() ? texts.get("route.target." + target) : target.toString(),
                String.valueOf(considered.priority()));
    return considered.outcome() == ConsideredRule.Outcome.NO_SUBJECT
        ? line + texts.get("route.considered.noSubject")
        : line;
  }

  /**
   * An order's category as the reader reads it: its name in the language, from the category table,
   * and its code, such as {@code 邻里纠纷 SERVICE_DISPUTE} or {@code Neighbour disputes
   * SERVICE_DISPUTE}. A category the table names only in Chinese shows its Chinese name in English
   * too; a category the table does not define shows its code.
   *
   * @param texts the language
   * @param routing the routing of the engine whose category table names it
   * @param category the category
   * @return the category in words
   */
  static String category(Texts texts, Routing routing, Category category) {
    CategoryDefinition defined = routing.categories().get(category);
    return defined == null ? category.toString() : defined.name(texts.locale()) + " " + category;
  }

  /**
   * The kind of a sweep's decision by name, such as {@code 催办} for a reminder.
   *
   * @param texts the language
   * @param decision the decision
   * @return its kind's name; the class's simple name for a kind the bundle does not name
   */
  static String kind(Texts texts, OrderDecision decision) {
    String kind = decision.getClass().getSimpleName();
    try {
      return texts.get("sweep.kind." + kind);
    } catch (MissingResourceException e) {
      return kind;
    }
  }
}
