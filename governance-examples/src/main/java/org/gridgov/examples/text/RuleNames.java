package org.gridgov.examples.text;

import java.util.Map;
import org.gridgov.rules.GovernanceEngine;

/**
 * The names of rules as a reader sees them: in English the rule's stable name, the key that audits
 * and tests use; in Chinese its title, which the rule files give with the metadata {@code @title},
 * followed by the stable name. A rule without a title is shown by its name alone.
 */
public final class RuleNames {

  private final Map<String, String> titles;
  private final Texts texts;

  private RuleNames(Map<String, String> titles, Texts texts) {
    this.titles = titles;
    this.texts = texts;
  }

  /**
   * The names of an engine's rules in a language.
   *
   * @param engine the engine
   * @param texts the language
   * @return the names
   */
  public static RuleNames of(GovernanceEngine engine, Texts texts) {
    return new RuleNames(texts.chinese() ? engine.ruleTitles() : Map.of(), texts);
  }

  /**
   * A rule as shown to the reader.
   *
   * @param rule the rule's stable name
   * @return such as {@code 纠纷由社区调解（disputes are mediated by the community）} in Chinese
   */
  public String shown(String rule) {
    String title = titles.get(rule);
    return title == null ? rule : texts.get("rule.titled", title, rule);
  }
}
