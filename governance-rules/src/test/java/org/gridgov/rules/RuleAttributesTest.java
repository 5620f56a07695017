package org.gridgov.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.rules.decision.Decision;
import org.gridgov.rules.fact.SlaQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rule attributes that Drools compiles but that make every call fail, or keep the rule from ever
 * firing, in an engine that fires each call's rules at once in a session of its own: the check and
 * the builder refuse them at the attribute's line, in DRL and in a decision table's columns.
 */
class RuleAttributesTest {

  private static final String RULE = "warm-station requests go to the paired unit";

  /** The integrator's rule file with an attribute on the routing rule, and its line. */
  private static int writeWithAttribute(Path dir, String attribute) throws IOException {
    List<String> lines = new ArrayList<>(BadRuleFiles.DRL);
    int header = lines.indexOf("rule \"" + RULE + "\"") + 1;
    lines.add(header, "  " + attribute);
    Files.writeString(dir.resolve(BadRuleFiles.DRL_NAME), String.join("\n", lines) + "\n");
    return header + 1;
  }

  /**
   * Writes the integrator's decision table with one more column, and a value in it for each of its
   * two rules, on rows 9 and 10.
   */
  private static void writeTableWithColumn(Path dir, String header, String first, String second)
      throws IOException {
    List<String> lines = new ArrayList<>(BadRuleFiles.TABLE);
    lines.set(4, lines.get(4) + header);
    lines.set(8, lines.get(8) + first);
    lines.set(9, lines.get(9) + second);
    Files.writeString(dir.resolve(BadRuleFiles.TABLE_NAME), String.join("\n", lines) + "\n");
  }

  private static boolean routedByTheRule(GovernanceEngine engine) {
    return engine.decide(List.of(BadRuleFiles.RIDER_CASE)).stream()
        .map(Decision::rule)
        .anyMatch(RULE::equals);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "salience \"high\"                 | is text, and every call would fail on it",
        "salience (\"high\")               | is text, and every call would fail on it",
        "salience 1.5                     | is not a whole number",
        "salience 99999999999             | is beyond the range of a salience",
        "enabled (\"yes\")                 | is not true or false",
        "enabled (1 + 1)                  | is not true or false",
        "salience (10 + 2)                | is an expression, which would run at every activation",
        "salience ($case.urgency().ordinal()) | is an expression, which would run",
        "enabled (1 < 2)                  | is an expression, which would run at every activation",
        "date-effective \"32-Jan-2025\"    | is not a date written d-MMM-yyyy",
        "date-expires \"1-Jan-25\"         | is not a date written d-MMM-yyyy",
        "timer (int: 1s)                  | would make the rule wait for time to pass",
        "duration 100                     | would make the rule wait for time to pass",
        "calendars \"weekdays\"            | names calendars, and the engine's sessions have none",
        "auto-focus true                  | asks for the agenda's focus",
        "agenda-group \"late\"             | puts the rule in an agenda group the engine never fires",
        "ruleflow-group \"late\"           | puts the rule in a rule flow group"
      })
  void anAttributeTheEngineCannotHonourIsRefusedAtItsLineWithItsRule(
      String attribute, String reason, @TempDir Path dir) throws IOException {
    int line = writeWithAttribute(dir, attribute);

    List<RuleProblem> problems = GovernanceEngine.check(dir);

    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).isEqualTo(BadRuleFiles.DRL_NAME);
              assertThat(p.line()).isEqualTo(line);
              assertThat(p.message()).startsWith(attribute + " in rule \"" + RULE + "\" " + reason);
            });
  }

  @Test
  void aTextSalienceNoLongerBuildsAnEngineWhoseEveryCallFails(@TempDir Path dir)
      throws IOException {
    int line = writeWithAttribute(dir, "salience \"high\"");

    assertThatThrownBy(() -> GovernanceEngine.builder().rules(dir).build())
        .isInstanceOfSatisfying(
            RuleLoadException.class,
            e ->
                assertThat(e.getMessage())
                    .contains(BadRuleFiles.DRL_NAME + ":" + line + ": salience \"high\" in rule"));
  }

  @Test
  void aReloadOnATextSalienceFailsAndKeepsTheRulesInForce(@TempDir Path dir) throws IOException {
    writeWithAttribute(dir, "salience 10");
    GovernanceEngine engine = GovernanceEngine.builder().rules(dir).build();
    assertThat(routedByTheRule(engine)).isTrue();

    writeWithAttribute(dir, "salience \"high\"");

    assertThatThrownBy(engine::reload).isInstanceOf(RuleLoadException.class);
    assertThat(routedByTheRule(engine)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "salience 10",
        "salience -5",
        "salience 0",
        "enabled true",
        "date-effective \"1-Jan-2020\"",
        "date-expires \"31-Dec-2999\"",
        "agenda-group \"MAIN\"",
        "auto-focus false",
        "activation-group \"routes\"",
        "no-loop true",
        "lock-on-active true"
      })
  void attributesTheEngineHonoursAreAcceptedAndTheRuleFires(String attribute, @TempDir Path dir)
      throws IOException {
    writeWithAttribute(dir, attribute);

    assertThat(GovernanceEngine.check(dir)).isEmpty();
    assertThat(routedByTheRule(GovernanceEngine.builder().rules(dir).build())).isTrue();
  }

  @Test
  void aPriorityExpressionThatIsNotANumberIsRefusedAtItsRow(@TempDir Path dir) throws IOException {
    writeTableWithColumn(dir, "PRIORITY", "(\"high\")", "");

    assertThat(GovernanceEngine.check(dir))
        .isNotEmpty()
        .allSatisfy(
            p -> {
              assertThat(p.file()).isEqualTo(BadRuleFiles.TABLE_NAME);
              assertThat(p.line()).isEqualTo(9);
              assertThat(p.message()).contains("high").doesNotContain("compilation-");
            });
  }

  @Test
  void aPriorityThatIsNotANumberIsRefusedAtItsRowAndCell(@TempDir Path dir) throws IOException {
    writeTableWithColumn(dir, "PRIORITY", "", "high");

    assertThat(GovernanceEngine.check(dir))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(10);
              assertThat(p.message()).isEqualTo("Priority is not an integer literal, in cell E10");
            });
  }

  @Test
  void aTimerColumnInADecisionTableIsRefusedAtEachRow(@TempDir Path dir) throws IOException {
    writeTableWithColumn(dir, "TIMER", "int: 1h", "int: 2h");

    assertThat(GovernanceEngine.check(dir))
        .extracting(RuleProblem::line, p -> p.message().substring(0, p.message().indexOf(" in ")))
        .containsExactly(tuple(9, "TIMER int: 1h"), tuple(10, "TIMER int: 2h"));
  }

  @Test
  void aQueryOfTheTableStillAnswersWhenItsAttributesAreHonoured(@TempDir Path dir)
      throws IOException {
    writeTableWithColumn(dir, "PRIORITY", "5", "7");

    assertThat(GovernanceEngine.check(dir)).isEmpty();
    assertThat(
            GovernanceEngine.builder()
                .rules(dir)
                .build()
                .decide(List.of(new SlaQuery("SERVICE_RIDER_STATION", "URGENT"))))
        .extracting(Decision::rule)
        .contains("urgent warm-station requests are accepted within 1 working hour");
  }
}
