package org.gridgov.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReloadAfterFixTest {

  private static final Path MATRIX =
      Path.of("src/main/resources/org/gridgov/rules/routing/matrix/routing-matrix.drl.csv");

  @Test
  void aTableFixedAfterAnErrorCompilesInTheSameRun(@TempDir Path a, @TempDir Path b)
      throws IOException {
    String good = Files.readString(MATRIX);
    Files.writeString(
        a.resolve("routing-matrix.drl.csv"), good.replace(",all,DISPUTE,", ",all,DISPUTES,"));
    Files.writeString(b.resolve("routing-matrix.drl.csv"), good);

    assertThat(GovernanceEngine.check(a)).isNotEmpty();
    assertThat(GovernanceEngine.check(b)).isEmpty();
  }
}
