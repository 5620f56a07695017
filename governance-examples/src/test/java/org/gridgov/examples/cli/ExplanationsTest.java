package org.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.gridgov.core.lists.Category;
import org.gridgov.examples.text.RuleNames;
import org.gridgov.examples.text.Texts;
import org.gridgov.rules.GovernanceEngine;
import org.gridgov.rules.fact.RoutingTarget;
import org.gridgov.rules.routing.ConsideredRule;
import org.gridgov.rules.routing.ConsideredRule.Outcome;
import org.gridgov.rules.routing.Routing;
import org.junit.jupiter.api.Test;

/** The engine's explanations with their codes shown by name in the reader's language. */
class ExplanationsTest {

  private static final GovernanceEngine ENGINE = GovernanceEngine.builder().build();
  private static final Texts CHINESE = Texts.in(Locale.CHINESE);
  private static final Texts ENGLISH = Texts.in(Locale.ENGLISH);

  private static final ConsideredRule PASSED_OVER =
      new ConsideredRule("a local rule", RoutingTarget.STREET, 10, Outcome.NO_SUBJECT);
  private static final ConsideredRule OUTRANKED =
      new ConsideredRule("a local rule", RoutingTarget.COMMUNITY_COMMITTEE, -5, Outcome.OUTRANKED);
  private static final ConsideredRule CHOSEN =
      new ConsideredRule(
          "disputes are mediated by the community",
          RoutingTarget.COMMUNITY_COMMITTEE,
          1000,
          Outcome.CHOSEN);

  @Test
  void aPassedOverRuleEndsWithItsTargetPriorityAndWhyInChinese() {
    RuleNames names = RuleNames.of(ENGINE, CHINESE);

    assertThat(Explanations.considered(CHINESE, names, PASSED_OVER))
        .isEqualTo("a local rule → 街道（镇）（优先级 10）：本区没有可承接此工单的该类主体");
    assertThat(Explanations.considered(CHINESE, names, OUTRANKED))
        .isEqualTo("a local rule → 社区居委会（优先级 -5）");
    assertThat(Explanations.considered(CHINESE, names, CHOSEN))
        .isEqualTo("纠纷由社区调解（disputes are mediated by the community） → 社区居委会（优先级 1000）");
  }

  @Test
  void englishPrintsTheRuleAsTheEngineWritesIt() {
    RuleNames names = RuleNames.of(ENGINE, ENGLISH);

    for (ConsideredRule c : new ConsideredRule[] {PASSED_OVER, OUTRANKED, CHOSEN}) {
      assertThat(Explanations.considered(ENGLISH, names, c)).isEqualTo(c.toString());
    }
    assertThat(Explanations.considered(ENGLISH, names, PASSED_OVER))
        .isEqualTo("a local rule → STREET (10): the district has no such subject for this order");
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
