package org.gridgov.rules.decision;

import java.util.Objects;
import org.gridgov.core.lists.Category;
import org.gridgov.core.lists.MatterKind;
import org.gridgov.rules.fact.CategoryClass;
import org.gridgov.rules.fact.Topic;

/**
 * A category as the category table defines it.
 *
 * @param category the category's code
 * @param name its name, in Chinese as residents and workers use it
 * @param categoryClass component, event or community service
 * @param topic what routing treats it as
 * @param matterKind the kind of matter it usually is, used when an order does not say
 * @param skill the skill a helper needs, for hardship relief and volunteer requests; empty text
 *     when none
 * @param rule the rule (table row) that defines it
 */
public record CategoryDefinition(
    Category category,
    String name,
    CategoryClass categoryClass,
    Topic topic,
    MatterKind matterKind,
    String skill,
    String rule)
    implements Decision {

  /** Checks the fields. */
  public CategoryDefinition {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(categoryClass, "categoryClass");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(matterKind, "matterKind");
    Objects.requireNonNull(skill, "skill");
    Objects.requireNonNull(rule, "rule");
  }

  /**
   * Made by a row of the category table.
   *
   * @param code the category code
   * @param name the name
   * @param categoryClass the class
   * @param topic the topic
   * @param matterKind the usual matter kind
   * @param skill the skill needed, or empty text
   * @param rule the row's rule name
   * @return the definition
   */
  public static CategoryDefinition of(
      String code,
      String name,
      CategoryClass categoryClass,
      Topic topic,
      MatterKind matterKind,
      String skill,
      String rule) {
    return new CategoryDefinition(
        Category.of(code), name, categoryClass, topic, matterKind, skill, rule);
  }
}
