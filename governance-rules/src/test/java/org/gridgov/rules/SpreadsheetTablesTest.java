package org.gridgov.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gridgov.core.lists.Category;
import org.gridgov.core.lists.Urgency;
import org.gridgov.rules.decision.WorkingTime;
import org.gridgov.rules.escalation.Escalation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With Apache POI on the class path, an XLSX table works like its CSV twin. */
class SpreadsheetTablesTest {

  private static final Path SLA_TABLE =
      Path.of("src/main/resources/org/gridgov/rules/escalation/sla/sla.drl.csv");

  /** Writes the rows of a CSV table (simple quoting only) into a worksheet named Tables. */
  private static void writeXlsx(List<String> csvLines, Path file) throws IOException {
    writeXlsx(csvLines, file, "Tables");
  }

  /**
   * Writes the rows of a CSV table (simple quoting only) into the first worksheet of a workbook,
   * and any further sheets, each with one cell.
   */
  static void writeXlsx(List<String> csvLines, Path file, String sheetName, String... moreSheets)
      throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = book.createSheet(sheetName);
      for (int r = 0; r < csvLines.size(); r++) {
        Row row = sheet.createRow(r);
        List<String> cells = CsvCells.split(csvLines.get(r));
        for (int c = 0; c < cells.size(); c++) {
          if (!cells.get(c).isEmpty()) {
            row.createCell(c).setCellValue(cells.get(c));
          }
        }
      }
      for (String more : moreSheets) {
        book.createSheet(more).createRow(0).createCell(0).setCellValue("not compiled");
      }
      book.write(out);
    }
  }

  @Test
  void anXlsxTableNamedLikeADefaultReplacesIt(@TempDir Path dir) throws IOException {
    List<String> lines =
        Files.readString(SLA_TABLE)
            .lines()
            .map(
                l ->
                    l.startsWith("routine orders are accepted within 1 working day")
                        ? "routine orders are resolved within 8 working days here,ROUTINE,,"
                            + "\"days(1), days(8), 0\","
                        : l)
            .toList();
    writeXlsx(lines, dir.resolve("sla.xlsx"));

    assertThat(GovernanceEngine.check(dir)).isEmpty();
    GovernanceEngine engine = GovernanceEngine.builder().rules(dir).build();
    assertThat(engine.replacements())
        .first()
        .asString()
        .isEqualTo(
            "sla.xlsx replaces the default sla.drl.csv (package org.gridgov.rules.escalation.sla)");

    assertThat(
            Escalation.on(engine)
                .timeLimits(Category.of("SERVICE_PROPERTY"), Urgency.ROUTINE)
                .resolve())
        .isEqualTo(WorkingTime.days(8));
  }

  @Test
  void anXlsxTableIsCheckedAsTheDrlItConvertsTo(@TempDir Path dir) throws IOException {
    Path table = dir.resolve("local-rows.xlsx");
    List<String> rows = RuleFileAllowListTest.tableCallingSystem().lines().toList();
    writeXlsx(rows, table);
    int row =
        1
            + rows.indexOf(
                rows.stream().filter(r -> r.contains("System.exit")).findFirst().orElseThrow());

    assertThat(GovernanceEngine.check(dir))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).isEqualTo("local-rows.xlsx");
              assertThat(p.line()).isEqualTo(row);
              assertThat(p.message())
                  .startsWith(
                      "sheet \"Tables\": calls java.lang.System (System.exit) in rule \"a row that stops the"
                          + " host\" — not on the rule allow-list");
            });
  }
}
