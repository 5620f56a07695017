package org.gridgov.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.modelcompiler.KieBaseBuilder;
import org.gridgov.rules.GovernanceEngine;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/** Every default rule has a Chinese title for users next to its stable name. */
class DefaultRuleTitlesTest {

  /** The names of the default rules, read from the compiled rule models one package at a time. */
  private static List<String> defaultRules() {
    List<String> names = new ArrayList<>();
    for (String model : RuleBase.modelClasses()) {
      InternalKnowledgeBase base =
          KieBaseBuilder.createKieBaseFromModel(RuleBase.models(List.of(model)));
      for (KiePackage pkg : base.getKiePackages()) {
        pkg.getRules().stream().map(Rule::getName).forEach(names::add);
      }
    }
    return names;
  }

  @Test
  void noDefaultRuleLacksATitle() {
    List<String> rules = defaultRules();
    Map<String, String> titles = GovernanceEngine.builder().build().ruleTitles();

    // the cycle tables and the time limits are among the rules read
    assertThat(rules)
        .contains(
            "agenda weight URGENCY",
            "routine orders are accepted within 1 working day and resolved within 5 working days");
    assertThat(rules).allSatisfy(rule -> assertThat(titles).containsKey(rule));
    assertThat(titles.values()).allSatisfy(title -> assertThat(title).matches(".*\\p{IsHan}.*"));
  }
}
