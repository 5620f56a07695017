package org.gridgov.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gridgov.rules.GovernanceEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The examples module, like a host that only uses CSV tables, has no Apache POI on its class path
 * (governance-rules excludes it).
 */
class SpreadsheetTablesWithoutPoiTest {

  @Test
  void apachePoiIsNotOnTheClassPath() {
    assertThat(
            getClass().getClassLoader().getResource("org/apache/poi/ss/usermodel/Workbook.class"))
        .isNull();
  }

  @Test
  void aSpreadsheetTableWithoutApachePoiIsReportedWithWhatToAdd(@TempDir Path dir)
      throws IOException {
    Files.write(dir.resolve("local-sla.xlsx"), new byte[] {'P', 'K', 3, 4, 0, 0});

    assertThat(GovernanceEngine.check(dir))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).isEqualTo("local-sla.xlsx");
              assertThat(p.message()).contains("org.apache.poi:poi-ooxml").contains("*.drl.csv");
            });
  }
}
