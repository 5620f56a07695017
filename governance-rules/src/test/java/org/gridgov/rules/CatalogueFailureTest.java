package org.gridgov.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule that compiles but fails when the catalogue is asked for is a load problem. */
class CatalogueFailureTest {

  private static final String FAILING =
      """
      package org.gridgov.local.failing;

      import org.gridgov.rules.fact.CatalogueRequest;

      rule "a catalogue rule that fails"
      when
        CatalogueRequest()
      then
        Integer.parseInt("not a number");
      end
      """;

  @Test
  void buildingReportsItAsARuleLoadProblemAtTheRulesFileAndLine(@TempDir Path folder)
      throws IOException {
    Files.writeString(folder.resolve("failing.drl"), FAILING);

    assertThatThrownBy(() -> GovernanceEngine.builder().rules(folder).build())
        .isInstanceOfSatisfying(
            RuleLoadException.class,
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .satisfies(
                        p -> {
                          assertThat(p.file()).isEqualTo("failing.drl");
                          assertThat(p.line()).isEqualTo(5);
                          assertThat(p.message())
                              .startsWith(
                                  "rule \"a catalogue rule that fails\" compiles but fails when"
                                      + " the catalogue is asked for: ")
                              .contains("NumberFormatException")
                              .doesNotContain("compilation-");
                        }));
  }

  @Test
  void aCatalogueTheRulesCannotMakeIsExplainedInChineseAtTheRule(@TempDir Path folder)
      throws IOException {
    Files.writeString(folder.resolve("failing.drl"), FAILING);

    assertThatThrownBy(() -> GovernanceEngine.builder().rules(folder).build())
        .isInstanceOfSatisfying(
            RuleLoadException.class,
            e -> {
              RuleProblem p = e.problems().get(0);
              assertThat(p.describe(Locale.CHINESE))
                  .startsWith("failing.drl 第 5 行：规则“a catalogue rule that fails”能编译，但在读取类别目录时失败：")
                  .contains("NumberFormatException");
              assertThat(p.describe(Locale.ENGLISH))
                  .startsWith(
                      "failing.drl:5: rule \"a catalogue rule that fails\" compiles but fails when"
                          + " the catalogue is asked for: ");
            });
  }

  @Test
  void aReloadKeepsTheRulesInForce(@TempDir Path folder) throws IOException {
    GovernanceEngine engine = GovernanceEngine.builder().rules(folder).build();
    int before = engine.catalogue().size();
    Files.writeString(folder.resolve("failing.drl"), FAILING);

    assertThatThrownBy(engine::reload).isInstanceOf(RuleLoadException.class);
    assertThat(engine.catalogue()).hasSize(before);
  }
}
