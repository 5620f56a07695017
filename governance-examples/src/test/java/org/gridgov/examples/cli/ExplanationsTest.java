package org.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.gridgov.core.lists.Category;
import org.gridgov.examples.text.RuleNames;
import org.gridgov.examples.text.Texts;
import org.gridgov.rules.GovernanceEngine;
import org.gridgov.rules.routing.Routing;
import org.junit.jupiter.api.Test;

/**
 * The engine's explanations with their codes shown by name in Chinese and as written in English.
 */
class ExplanationsTest {

  private static final GovernanceEngine ENGINE = GovernanceEngine.builder().build();
  private static final Texts CHINESE = Texts.in(Locale.CHINESE);
  private static final Texts ENGLISH = Texts.in(Locale.ENGLISH);

  private static final String PASSED_OVER =
      "a local rule → STREET (10): the district has no such subject for this order";

  @Test
  void aPassedOverRuleEndsWithItsTargetPriorityAndWhyInChinese() {
    RuleNames names = RuleNames.of(ENGINE, CHINESE);

    assertThat(Explanations.considered(CHINESE, names, PASSED_OVER))
        .isEqualTo("a local rule → 街道（镇）（优先级 10）：本区没有可承接此工单的该类主体");
    assertThat(Explanations.considered(CHINESE, names, "a local rule → COMMUNITY_COMMITTEE (-5)"))
        .isEqualTo("a local rule → 社区居委会（优先级 -5）");
  }

  @Test
  void englishKeepsTheEnginesWordsAndALineOfAnotherShapeStaysAsWritten() {
    assertThat(Explanations.considered(ENGLISH, RuleNames.of(ENGINE, ENGLISH), PASSED_OVER))
        .isEqualTo(PASSED_OVER);
    assertThat(
            Explanations.considered(
                CHINESE, RuleNames.of(ENGINE, CHINESE), "a local rule → NOT_A_TARGET (1)"))
        .isEqualTo("a local rule → NOT_A_TARGET (1)");
  }

  @Test
  void aCategoryIsShownByItsNameInTheLanguageWithItsCode() {
    Routing routing = Routing.on(ENGINE);
    Category dispute = Category.of("SERVICE_DISPUTE");

    assertThat(Explanations.category(CHINESE, routing, dispute)).isEqualTo("邻里纠纷 SERVICE_DISPUTE");
    assertThat(Explanations.category(ENGLISH, routing, dispute))
        .isEqualTo("Neighbour disputes SERVICE_DISPUTE");
    assertThat(Explanations.category(ENGLISH, routing, Category.of("SERVICE_NOT_DEFINED")))
        .isEqualTo("SERVICE_NOT_DEFINED");
  }
}
