package org.gridgov.rules.decision;

import java.util.Locale;
import java.util.Objects;
import org.gridgov.core.common.Messages;
import org.gridgov.core.lists.Category;
import org.gridgov.core.lists.MatterKind;
import org.gridgov.rules.fact.CategoryClass;
import org.gridgov.rules.fact.Topic;

/**
 * A category as the category table defines it.
 *
 * @param category the category's code
 * @param name its name, in Chinese as residents and workers use it
 * @param englishName its name in English; empty text when the table gives none (a table in the
 *     format before the English column), in which case English readers see {@link #name}
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
    String englishName,
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
    Objects.requireNonNull(englishName, "englishName");
    Objects.requireNonNull(categoryClass, "categoryClass");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(matterKind, "matterKind");
    Objects.requireNonNull(skill, "skill");
    Objects.requireNonNull(rule, "rule");
  }

  /**
   * Made by a row of the category table that names the category in Chinese and English.
   *
   * @param code the category code
   * @param name the Chinese name
   * @param englishName the English name
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
      String englishName,
      CategoryClass categoryClass,
      Topic topic,
      MatterKind matterKind,
      String skill,
      String rule) {
    return new CategoryDefinition(
        Category.of(code), name, englishName, categoryClass, topic, matterKind, skill, rule);
  }

  /**
   * Made by a row of a category table without an English name (the format before the English
   * column) or by a DRL rule written for it: English readers see the Chinese name.
   *
   * @param code the category code
   * @param name the Chinese name
   * @param categoryClass the class
   * @param topic the topic
   * @param matterKind the usual matter kind
   * @param skill the skill needed, or empty text
   * @param rule the row's rule name
   * @return the definition, with empty text as its English name
   */
  public static CategoryDefinition of(
      String code,
      String name,
      CategoryClass categoryClass,
      Topic topic,
      MatterKind matterKind,
      String skill,
      String rule) {
    return of(code, name, "", categoryClass, topic, matterKind, skill, rule);
  }

  /**
   * The category's name for a reader: in Chinese its Chinese name; in any other language its
   * English name, or its Chinese name when the table gives no English one. The code when the table
   * gives no name at all.
   *
   * @param locale the reader's language
   * @return the name to show
   */
  public String name(Locale locale) {
    boolean chinese = locale.getLanguage().equals(Messages.CHINESE.getLanguage());
    if (!chinese && !englishName.isBlank()) {
      return englishName;
    }
    return name.isBlank() ? category.code() : name;
  }
}
