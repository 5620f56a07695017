package org.gridgov.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.rules.decision.Decision;
import org.gridgov.rules.decision.TimeLimit;
import org.gridgov.rules.decision.WorkingTime;
import org.gridgov.rules.fact.SlaQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Decision tables with mistakes Drools lets through: a column header it does not know, which it
 * reads by its first letter (a misspelt DESCRIPTION becomes a DURATION, any word in B makes every
 * rule disabled), and a quote that opens a cell and is not closed on its line, which swallows the
 * rest of the line. The check, the builder and a reload refuse them at the file, row and cell.
 */
class DecisionTableMistakesTest {

  private static final String TABLE = BadRuleFiles.TABLE_NAME;
  private static final int HEADERS = 5;

  /** The integrator's table, with one line replaced. */
  private static List<String> table(int line, String text) {
    List<String> lines = new ArrayList<>(BadRuleFiles.TABLE);
    lines.set(line - 1, text);
    return lines;
  }

  private static void write(Path dir, List<String> lines) throws IOException {
    Files.writeString(dir.resolve(TABLE), String.join("\n", lines) + "\n");
  }

  private static RuleProblem single(List<RuleProblem> problems) {
    assertThat(problems).hasSize(1);
    return problems.get(0);
  }

  /** The decisions of the integrator's table: the default SLA table answers the queries too. */
  private static List<Decision> fromTheTable(List<Decision> decisions) {
    return decisions.stream().filter(d -> d.rule().contains("warm-station")).toList();
  }

  private static List<Decision> limitsFor(GovernanceEngine engine, String urgency) {
    return fromTheTable(engine.decide(List.of(new SlaQuery("SERVICE_RIDER_STATION", urgency))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"CONDITON", "ACTON", "NAEM", "DESCRIPTON", "BOGUS", "SALIENCE"})
  void aMisspeltColumnHeaderIsRefusedAtItsCellWithTheHeadersDroolsKnows(
      String misspelt, @TempDir Path dir) throws IOException {
    String row = BadRuleFiles.TABLE.get(HEADERS - 1);
    String[] cells = row.split(",", -1);
    String replaced =
        misspelt.startsWith("N") ? "NAME" : misspelt.startsWith("A") ? "ACTION" : "CONDITION";
    int column = List.of(cells).indexOf(replaced);
    cells[column] = misspelt;
    write(dir, table(HEADERS, String.join(",", cells)));

    RuleProblem problem = single(GovernanceEngine.check(dir));

    assertThat(problem.file()).isEqualTo(TABLE);
    assertThat(problem.line()).isEqualTo(HEADERS);
    assertThat(problem.message())
        .contains("cell " + (char) ('A' + column) + HEADERS)
        .contains("\"" + misspelt + "\"")
        .contains("NAME", "DESCRIPTION", "CONDITION", "ACTION", "METADATA", "PRIORITY", "ENABLED")
        .contains("DATE-EFFECTIVE", "ACTIVATION-GROUP", "NO-LOOP");
    assertThatThrownBy(() -> GovernanceEngine.builder().rules(dir).build())
        .isInstanceOfSatisfying(
            RuleLoadException.class, e -> assertThat(e.problems()).containsExactly(problem));
  }

  @Test
  void theMessageSaysWhatDroolsWouldHaveMadeOfTheHeader(@TempDir Path dir) throws IOException {
    write(dir, table(HEADERS, BadRuleFiles.TABLE.get(HEADERS - 1).replace("NAME,", "BOGUS,")));

    assertThat(single(GovernanceEngine.check(dir)).message())
        .contains("Drools would take it, by its first letter, for ENABLED");
  }

  @Test
  void headersInAnyCaseAndTheirOneLetterFormsAreAccepted(@TempDir Path dir) throws IOException {
    write(dir, table(HEADERS, "name,C, Condition ,A,"));

    assertThat(GovernanceEngine.check(dir)).isEmpty();
    assertThat(limitsFor(GovernanceEngine.builder().rules(dir).build(), "ROUTINE"))
        .singleElement()
        .isInstanceOfSatisfying(
            TimeLimit.class, t -> assertThat(t.accept()).isEqualTo(WorkingTime.hours(2)));
  }

  @Test
  void cellsMergedWithDotsStillMakeOnePatternOfTwoConstraints(@TempDir Path dir)
      throws IOException {
    // a cell ending in ... is merged with the next ones that do: one pattern over both columns
    List<String> lines = new ArrayList<>(BadRuleFiles.TABLE);
    lines.set(HEADERS - 1, "NAME,CONDITION...,CONDITION...,ACTION,");
    lines.set(HEADERS, ",$query : SlaQuery...,SlaQuery...,,");
    lines.set(
        HEADERS + 1,
        lines.get(HEADERS + 1).replace("\"this == $query, categoryCode", "\"categoryCode"));
    write(dir, lines);
    assertThat(GovernanceEngine.check(dir)).isEmpty();
    GovernanceEngine engine = GovernanceEngine.builder().rules(dir).build();

    // two patterns would fire the urgent row too, the first query urgent, the second the category
    List<Decision> decided =
        fromTheTable(
            engine.decide(
                List.of(
                    new SlaQuery("SERVICE_OTHER", "URGENT"),
                    new SlaQuery("SERVICE_RIDER_STATION", "ROUTINE"))));

    assertThat(decided)
        .singleElement()
        .isInstanceOfSatisfying(
            TimeLimit.class,
            t -> {
              assertThat(t.categoryCode()).isEqualTo("SERVICE_RIDER_STATION");
              assertThat(t.accept()).isEqualTo(WorkingTime.hours(2));
            });
  }

  @Test
  void anUnclosedQuoteInTheImportLineIsRefusedAtItsLine(@TempDir Path dir) throws IOException {
    int imports = 2;
    write(dir, table(imports, BadRuleFiles.TABLE.get(imports - 1).replace("\",,,", ",,,")));

    RuleProblem problem = single(GovernanceEngine.check(dir));

    assertThat(problem.file()).isEqualTo(TABLE);
    assertThat(problem.line()).isEqualTo(imports);
    assertThat(problem.message())
        .startsWith("the quote that opens cell B2 is not closed on its line")
        .contains("\"org.gridgov.rules.fact.SlaQuery");
  }

  @Test
  void anUnclosedQuoteInARuleRowIsRefusedAtItsLineAndCell(@TempDir Path dir) throws IOException {
    int last = BadRuleFiles.TABLE.size();
    write(dir, table(last, BadRuleFiles.TABLE.get(last - 1).replace("10\",", "10,")));

    RuleProblem problem = single(GovernanceEngine.check(dir));

    assertThat(problem.line()).isEqualTo(last);
    assertThat(problem.message())
        .startsWith("the quote that opens cell D" + last + " is not closed on its line")
        .contains("\"hours(1), days(1), 10,");
  }

  @Test
  void quotesWrittenTwiceInsideACellAndAQuoteClosingTheLineAreFine(@TempDir Path dir)
      throws IOException {
    List<String> lines = new ArrayList<>(BadRuleFiles.TABLE);
    // the last cell of the line, quoted and closed by the line's end, with a doubled quote inside
    lines.set(7, "Rule,Urgency,Category,\"Accept within, resolve within, \"\"priority\"\"\"");
    write(dir, lines);

    assertThat(GovernanceEngine.check(dir)).isEmpty();
  }

  @Test
  void aReloadOnAMisspeltHeaderFailsAndKeepsTheTableInForce(@TempDir Path dir) throws IOException {
    write(dir, BadRuleFiles.TABLE);
    GovernanceEngine engine = GovernanceEngine.builder().rules(dir).build();
    List<Decision> before = limitsFor(engine, "ROUTINE");
    assertThat(before).hasSize(1);

    write(dir, table(HEADERS, BadRuleFiles.TABLE.get(HEADERS - 1).replace("ACTION", "ACTON")));

    assertThatThrownBy(engine::reload)
        .isInstanceOfSatisfying(
            RuleLoadException.class,
            e ->
                assertThat(e.getMessage())
                    .contains(TABLE + ":" + HEADERS + ": cell D5")
                    .contains("\"ACTON\""));
    assertThat(limitsFor(engine, "ROUTINE")).isEqualTo(before);
  }

  @Test
  void aSpreadsheetWithAMisspeltHeaderIsRefusedAtItsSheetRowAndCell(@TempDir Path dir)
      throws IOException {
    List<String> rows =
        table(
            HEADERS,
            BadRuleFiles.TABLE.get(HEADERS - 1).replace("CONDITION,ACTION", "CONDITION,ACTON"));
    SpreadsheetTablesTest.writeXlsx(rows, dir.resolve("limits.xlsx"), "Rider limits", "Notes");

    RuleProblem problem = single(GovernanceEngine.check(dir));

    assertThat(problem.file()).isEqualTo("limits.xlsx");
    assertThat(problem.line()).isEqualTo(HEADERS);
    assertThat(problem.message())
        .startsWith("sheet \"Rider limits\": cell D5")
        .contains("\"ACTON\"", "CONDITION", "PRIORITY");
  }
}
