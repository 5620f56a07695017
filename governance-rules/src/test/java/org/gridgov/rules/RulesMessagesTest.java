package org.gridgov.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.gridgov.core.common.Messages;
import org.junit.jupiter.api.Test;

class RulesMessagesTest {

  @Test
  void everyKeyExistsInEnglishAndInChinese() {
    assertThat(Messages.of(RuleProblem.MESSAGES).problems()).isEmpty();
  }

  @Test
  void aProblemKeepsItsFileAndLineInEitherLanguage() {
    RuleProblem problem = new RuleProblem("a.drl", 12, "mismatched input 'then'");

    assertThat(problem.toString()).isEqualTo("a.drl:12: mismatched input 'then'");
    assertThat(problem.describe(Locale.CHINESE)).isEqualTo("a.drl 第 12 行：mismatched input 'then'");
    assertThat(new RuleProblem("a.drl", 0, "x").describe(Locale.CHINESE)).isEqualTo("a.drl：x");
  }

  @Test
  void aLoadFailureCountsItsProblemsInEitherLanguage() {
    RuleProblem problem = new RuleProblem("a.drl", 3, "x");

    assertThat(new RuleLoadException(List.of(problem)).getMessage())
        .startsWith("the rules do not compile: 1 problem" + System.lineSeparator());
    assertThat(new RuleLoadException(List.of(problem, problem)).getMessage())
        .startsWith("the rules do not compile: 2 problems");
    assertThat(new RuleLoadException(List.of(problem, problem)).describe(Locale.CHINESE))
        .startsWith("规则无法编译：共 2 个问题")
        .contains("a.drl 第 3 行：x");
  }
}
