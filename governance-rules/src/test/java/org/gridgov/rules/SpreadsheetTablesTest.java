package org.gridgov.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpreadsheetTablesTest {

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
