package org.gridgov.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Problems speak of what the integrator wrote: their own file, its line (a table's row), and the
 * rule by its name, never the path the compiler gave the file, the class it generated for a rule,
 * or a line of the DRL a table was converted to.
 */
class RuleProblemWordsTest {

  /** What the compiler's words for its own artefacts look like. */
  private static void assertInTheIntegratorsWords(RuleProblem p) {
    assertThat(p.message())
        .doesNotContain("compilation-")
        .doesNotContainPattern("Rule_\\w+\\d")
        .doesNotContain("[null]");
  }

  @Test
  void aBrokenConsequenceInDrlNamesTheFileTheRuleAndItsLine(@TempDir Path dir) throws IOException {
    List<String> lines = new ArrayList<>(BadRuleFiles.DRL);
    int rule = lines.indexOf("rule \"warm-station requests go to the paired unit\"") + 1;
    int then = rule + lines.subList(rule, lines.size()).indexOf("then");
    lines.add(then + 1, "  undefinedHelper();");
    Files.writeString(dir.resolve(BadRuleFiles.DRL_NAME), String.join("\n", lines) + "\n");

    List<RuleProblem> problems = GovernanceEngine.check(dir);

    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).isEqualTo(BadRuleFiles.DRL_NAME);
              assertThat(p.line()).isEqualTo(then + 2); // the line added after then
              assertThat(p.message())
                  .contains("undefinedHelper()")
                  .contains("rule \"warm-station requests go to the paired unit\"");
              assertInTheIntegratorsWords(p);
            });
  }

  @Test
  void aBrokenCellOfADecisionTableNamesTheTableItsRowAndRule(@TempDir Path dir) throws IOException {
    List<String> lines = new ArrayList<>(BadRuleFiles.TABLE);
    int row = lines.size();
    lines.set(
        row - 1,
        lines.get(row - 1).replace("\"hours(1), days(1), 10\"", "\"weeks(1), days(1), 10\""));
    Files.writeString(dir.resolve(BadRuleFiles.TABLE_NAME), String.join("\n", lines) + "\n");

    List<RuleProblem> problems = GovernanceEngine.check(dir);

    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).isEqualTo(BadRuleFiles.TABLE_NAME);
              assertThat(p.line()).isEqualTo(row);
              assertThat(p.message())
                  .contains("weeks(int)")
                  .doesNotContainPattern("\\(\\d+:\\d+\\)");
              assertInTheIntegratorsWords(p);
            });
  }

  @Test
  void aTableThatDroolsCannotConvertNamesTheTableWithoutTheCompilersPath(@TempDir Path dir)
      throws IOException {
    List<String> lines = new ArrayList<>(BadRuleFiles.TABLE);
    lines.set(3, "Rule Table Rider station limits,,,,");
    Files.writeString(dir.resolve(BadRuleFiles.TABLE_NAME), String.join("\n", lines) + "\n");

    assertThat(GovernanceEngine.check(dir))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.toString())
                  .isEqualTo(BadRuleFiles.TABLE_NAME + ": No RuleTable cells in spreadsheet.");
              assertInTheIntegratorsWords(p);
            });
  }

  @Test
  void aFailureInsideTheParserIsReportedWithoutItsStackTrace(@TempDir Path dir) throws IOException {
    // cut off inside the first pattern, the DRL parser fails inside and says so with a stack trace
    String drl = String.join("\n", BadRuleFiles.DRL) + "\n";
    Files.writeString(dir.resolve(BadRuleFiles.DRL_NAME), drl.substring(0, 277));

    assertThat(GovernanceEngine.check(dir))
        .isNotEmpty()
        .allSatisfy(
            p -> {
              assertThat(p.file()).isEqualTo(BadRuleFiles.DRL_NAME);
              assertThat(p.message()).doesNotContain("Stack trace").doesNotContain("at org.");
              assertInTheIntegratorsWords(p);
            });
  }
}
