package org.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A value the domain refuses in an input file is told in the reader's language, with where it is
 * and the value: the record's own refusal, not only the place, reads in Chinese.
 */
class ChineseRefusalsTest {

  /** Two or more words of English in a row: a sentence left untranslated. */
  private static final String ENGLISH_WORDS = "[A-Za-z]{2,}[ ,;]+[a-z]{2,}";

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return GridGovCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  @Test
  void anEightDigitStreetCodeIsRefusedInChineseWithItsPathAndValue(@TempDir Path dir)
      throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("district.json"),
            """
            {"district": {"code": "110101", "name": "东城区"},
             "streets": [
              {"code": "11010100", "name": "东华门街道", "communities": [
                {"code": "110101001001", "name": "多福巷社区居委会"}]}]}
            """);

    assertThat(run("summary", "--lang", "zh", "--district", file.toString())).isEqualTo(1);

    assertThat(err.toString())
        .contains("$.streets[0].code（第 3 行）：街道代码应为 9 位数字，实为 8 位数字 \"11010100\"")
        .doesNotContainPattern(ENGLISH_WORDS);
  }

  @Test
  void theSameRefusalStaysInEnglishWithLangEn(@TempDir Path dir) throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("district.json"),
            """
            {"district": {"code": "110101", "name": "东城区"},
             "streets": [
              {"code": "11010100", "name": "东华门街道", "communities": [
                {"code": "110101001001", "name": "多福巷社区居委会"}]}]}
            """);

    assertThat(run("summary", "--lang", "en", "--district", file.toString())).isEqualTo(1);

    assertThat(err.toString())
        .contains(
            "$.streets[0].code (line 3): a street code has 9 digits, got 8 digits, \"11010100\"");
  }

  @Test
  void anOrderOnAFourteenDigitGridIsRefusedInChinese(@TempDir Path dir) throws IOException {
    Path order =
        Files.writeString(
            dir.resolve("order.json"),
            """
            {"id": "WO-1", "origin": {"list": "DEMAND", "id": "D-1"}, "category": "SERVICE_DISPUTE",
             "matterKind": "AUTONOMY", "urgency": "ROUTINE", "channel": "CALL_GROUP",
             "grid": "35011100100100", "summary": "楼上漏水"}
            """);

    assertThat(run("route", "--lang", "zh", order.toString())).isEqualTo(1);

    assertThat(err.toString())
        .contains("$.grid")
        .contains("网格代码应为 15 位数字，实为 14 位数字 \"35011100100100\"")
        .doesNotContainPattern(ENGLISH_WORDS);
  }
}
