package org.gridgov.rules.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.rules.escalation.TimeLimitsTest.shanghai;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.gridgov.core.lists.Category;
import org.gridgov.core.lists.Urgency;
import org.gridgov.core.workorder.Deadlines;
import org.gridgov.rules.GovernanceEngine;
import org.gridgov.rules.RuleLoadException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntegratorSlaTableTest {

  private static final Path DEFAULT_TABLE =
      Path.of("src/main/resources/org/gridgov/rules/escalation/sla/sla.drl.csv");
  private static final String ROUTINE_ROW =
      "routine orders are accepted within 1 working day and resolved within 5 working days";

  /**
   * Writes the default table with its routine row edited, under a sub-folder: an integrator file
   * replaces the default of the same file name wherever it lies in the folder.
   */
  private static void writeTable(Path dir, String subFolder, UnaryOperator<String> edit)
      throws IOException {
    Files.createDirectories(dir.resolve(subFolder));
    Files.writeString(
        dir.resolve(subFolder).resolve("sla.drl.csv"),
        Files.readString(DEFAULT_TABLE)
            .lines()
            .map(l -> l.startsWith(ROUTINE_ROW + ",") ? edit.apply(l) : l)
            .reduce("", (a, b) -> a + b + "\n"));
  }

  @Test
  void aTableNamedSlaReplacesTheDefaultAndChangesTheDeadlines(@TempDir Path dir)
      throws IOException {
    writeTable(
        dir,
        "routine-in-ten-days",
        row ->
            "routine orders are resolved within 10 working days here,ROUTINE,,"
                + "\"days(1), days(10), 0\",");

    GovernanceEngine engine = GovernanceEngine.builder().rules(dir).build();
    Deadlines deadlines =
        Escalation.on(engine)
            .deadlines(
                Category.of("SERVICE_PROPERTY"), Urgency.ROUTINE, shanghai("2024-03-05T10:00"));

    assertThat(deadlines.resolveBy()).contains(shanghai("2024-03-19T17:30"));
    assertThat(
            Escalation.on(engine)
                .timeLimits(Category.of("SERVICE_PROPERTY"), Urgency.ROUTINE)
                .rule())
        .isEqualTo("routine orders are resolved within 10 working days here");
    assertThat(engine.replacements())
        .singleElement()
        .asString()
        .contains("sla.drl.csv replaces the default");
  }

  @Test
  void aBrokenCellOfTheTableIsReportedWithItsFileAndLine(@TempDir Path dir) throws IOException {
    writeTable(dir, "broken-cell", row -> ROUTINE_ROW + ",ROUTINE,,\"days(1), dayz(5), 0\",");

    assertThatThrownBy(() -> GovernanceEngine.builder().rules(dir).build())
        .isInstanceOfSatisfying(
            RuleLoadException.class,
            e ->
                assertThat(e.problems())
                    .isNotEmpty()
                    .allSatisfy(
                        p -> {
                          assertThat(p.file()).isEqualTo("broken-cell/sla.drl.csv");
                          // the line of the rule generated from the table, not of the CSV row
                          assertThat(p.line()).isPositive();
                          assertThat(p.message()).contains("dayz(int) is undefined");
                        }));
  }
}
