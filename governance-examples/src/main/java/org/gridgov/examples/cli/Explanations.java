package org.gridgov.examples.cli;

import java.util.MissingResourceException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridgov.core.lists.Category;
import org.gridgov.examples.text.RuleNames;
import org.gridgov.examples.text.Texts;
import org.gridgov.rules.decision.CategoryDefinition;
import org.gridgov.rules.decision.OrderDecision;
import org.gridgov.rules.fact.RoutingTarget;
import org.gridgov.rules.routing.Routing;

/**
 * The codes in the engine's explanations shown by name: the endings of a route's considered rules
 * (the target, its priority and why an earlier rule did not win), an order's category and the kinds
 * of a sweep's decisions. English keeps the engine's words and codes, as the rest of the English
 * output does.
 */
final class Explanations {

  /** Why the routing engine passed over a rule that won on priority, in its words. */
  private static final String NO_SUBJECT = ": the district has no such subject for this order";

  /**
   * The ending the routing engine writes after a rule's name: target, priority, why passed over.
   */
  private static final Pattern ENDING =
      Pattern.compile(" → ([A-Z_]+) \\((-?\\d+)\\)(" + Pattern.quote(NO_SUBJECT) + ")?$");

  private Explanations() {}

  /**
   * A line of a route's considered rules, such as {@code 纠纷由社区调解（...） → 社区居委会（优先级 30）}.
   *
   * @param texts the language
   * @param names the rules' names in it
   * @param line the engine's line
   * @return the line as the reader reads it; a line of another shape as the engine wrote it
   */
  static String considered(Texts texts, RuleNames names, String line) {
    String shown = names.inLine(line);
    if (!texts.chinese()) {
      return shown;
    }
    Matcher m = ENDING.matcher(shown);
    if (!m.find() || !known(m.group(1))) {
      return shown;
    }
    String ending =
        texts.get(
            "route.considered.target",
            texts.get("route.target." + m.group(1)),
            Integer.parseInt(m.group(2)));
    if (m.group(3) != null) {
      ending += texts.get("route.considered.noSubject");
    }
    return shown.substring(0, m.start()) + ending;
  }

  private static boolean known(String target) {
    for (RoutingTarget t : RoutingTarget.values()) {
      if (t.name().equals(target)) {
        return true;
      }
    }
    return false;
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
