package org.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return GridGovCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  @Test
  void printsTheJinanSummaryByDefault() {
    int code = run("summary");

    assertThat(code).isZero();
    assertThat(out.toString())
        .contains("晋安区 (350111)")
        .contains("streets and towns: 9 (subdistrict 3, town 4, township 2, other 0)")
        .contains("village-level units: 212 (community 94, village 115, other 3)")
        .contains("茶园街道")
        .contains("寿山乡")
        .contains("grids: 983")
        .contains("68 departments paired with 94 communities")
        .contains("first secretaries of weak grids  53")
        .contains("3500 on 7 post types")
        .contains("137 grid stations, 15 warm stations");
  }

  @Test
  void printsTheSummaryOfAnotherDistrictFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("dongcheng.json");
    Files.writeString(
        file,
        """
        {"district": {"code": "110101", "name": "东城区"},
         "streets": [{"code": "110101001", "name": "东华门街道",
           "communities": [{"code": "110101001001", "name": "多福巷社区居委会"},
                           {"code": "110101001002", "name": "银闸社区居委会"}]}]}
        """);

    int code = run("summary", "--district", file.toString());

    assertThat(code).isZero();
    assertThat(out.toString())
        .contains("东城区 (110101)")
        .contains("streets and towns: 1 (subdistrict 1, town 0, township 0, other 0)")
        .contains("village-level units: 2 (community 2, village 0, other 0)");
  }

  @Test
  void saysWhatIsWrongWithABadDistrictFileAndExitsWithOne(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.json");
    Files.writeString(
        file, "{\"district\": {\"code\": \"1101\", \"name\": \"东城区\"}, \"streets\": []}");

    int code = run("summary", "--district", file.toString());

    assertThat(code).isEqualTo(1);
    assertThat(err.toString())
        .contains(
            "bad.json: $.district.code (line 1): a district code has 6 digits, got 4 digits, \"1101\"");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void saysWhichFileIsMissing() {
    int code = run("summary", "--district", "/no/such/district.json");

    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("no such file: /no/such/district.json");
  }

  @Test
  void refusesAnUnknownOptionWithExitCodeTwo() {
    assertThat(run("summary", "--distrikt", "x")).isEqualTo(2);
    assertThat(err.toString())
        .contains("Unknown options: '--distrikt'")
        .contains("Possible solutions: --district");
  }
}
