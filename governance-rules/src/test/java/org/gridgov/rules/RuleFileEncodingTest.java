package org.gridgov.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text rule files are UTF-8: a table saved as GBK is refused with how to save it; a BOM is fine.
 */
class RuleFileEncodingTest {

  private static final String TABLE =
      """
      RuleSet,org.gridgov.local.encoding,,
      Import,org.gridgov.rules.fact.CatalogueRequest,,
      ,,,
      RuleTable Local rows,,,
      NAME,CONDITION,ACTION,
      ,$request : CatalogueRequest,,
      ,"\"\"$param\"\" == \"\"defined\"\"\","String.valueOf($param);",
      规则,条件,动作,
      一行本地规则,never,1,
      """;

  @Test
  void aTableSavedAsGbkIsRefusedAtItsFirstChineseLineWithHowToSaveIt(@TempDir Path dir)
      throws IOException {
    Files.write(dir.resolve("local.drl.csv"), TABLE.getBytes(Charset.forName("GBK")));

    assertThat(GovernanceEngine.check(dir))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).isEqualTo("local.drl.csv");
              assertThat(p.line()).isEqualTo(8);
              assertThat(p.message()).contains("is not UTF-8").contains("save it as UTF-8");
            });
  }

  @Test
  void aTableWithAUtf8ByteOrderMarkIsAccepted(@TempDir Path dir) throws IOException {
    byte[] text = TABLE.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[text.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(text, 0, withBom, 3, text.length);
    Files.write(dir.resolve("local.drl.csv"), withBom);

    assertThat(GovernanceEngine.check(dir)).isEmpty();
  }
}
