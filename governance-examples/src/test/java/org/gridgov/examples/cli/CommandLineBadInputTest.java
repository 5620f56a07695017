package org.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.gridgov.core.io.HierarchyJson;
import org.gridgov.core.territory.Compound;
import org.gridgov.core.territory.Territory;
import org.gridgov.examples.district.DistrictPopulation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command with a batch of bad arguments and inputs: each is refused with a message on
 * standard error and an exit code other than 0, and no stack trace reaches the user.
 */
class CommandLineBadInputTest {

  private static final Pattern STACK_TRACE =
      Pattern.compile("(?m)^\\s+at \\S+\\(|^Caused by: |Exception in thread|\\w+Exception: ");

  @TempDir static Path dir;

  private static Path order;
  private static Path folder;
  private static Path emptyFile;
  private static Path notJson;
  private static Path district;
  private static Path rules;
  private static Path brokenRules;

  /** One bad command line, the exit code and what it printed. */
  record Outcome(List<String> args, int code, String out, String err) {
    @Override
    public String toString() {
      return String.join(" ", args) + " -> " + code + "\n" + out + err;
    }
  }

  @BeforeAll
  static void files() throws IOException {
    order =
        Files.writeString(
            dir.resolve("order.json"),
            """
            {"id": "WO-1", "origin": {"list": "DEMAND", "id": "D-1"},
             "category": "SERVICE_DISPUTE", "matterKind": "AUTONOMY", "urgency": "ROUTINE",
             "channel": "CALL_GROUP", "grid": "350111001001001", "summary": "楼上漏水"}
            """);
    folder = Files.createDirectory(dir.resolve("a-folder"));
    emptyFile = Files.writeString(dir.resolve("empty.json"), "");
    notJson = Files.writeString(dir.resolve("not.json"), "{\"district\": ");
    district =
        Files.writeString(dir.resolve("district.json"), ReportWriteFailureTest.SMALL_DISTRICT);
    // An SLA table without the row for routine orders of any category: the rules compile, and a
    // routine order of most categories has no time limit.
    rules = Files.createDirectory(dir.resolve("rules"));
    String sla;
    try (var in =
        CommandLineBadInputTest.class.getResourceAsStream(
            "/org/gridgov/rules/escalation/sla/sla.drl.csv")) {
      sla = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    Files.writeString(
        rules.resolve("sla.drl.csv"),
        sla.lines()
            .filter(l -> !l.startsWith("routine orders are accepted within"))
            .collect(java.util.stream.Collectors.joining("\n", "", "\n")));
    brokenRules = Files.createDirectory(dir.resolve("broken-rules"));
    Files.writeString(brokenRules.resolve("local.drl"), "package x;\nrule \"r\" when oops\n");
  }

  private static Outcome run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = GridGovCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Outcome(List.of(args), code, out.toString(), err.toString());
  }

  private static Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  @Test
  void everyCommandRefusesBadInputWithAMessageAndNoStackTrace() throws IOException {
    String out = dir.resolve("out").toString();
    Path aFile = write("a-file.txt", "x");
    Path htmlFolder = Files.createDirectories(dir.resolve("taken/report.html"));
    Path noCommunities =
        write(
            "no-communities.json",
            """
            {"district": {"code": "110101", "name": "东城区"},
             "streets": [{"code": "110101001", "name": "东华门街道", "communities": []}]}
            """);
    Path noStreets =
        write(
            "no-streets.json",
            "{\"district\": {\"code\": \"110101\", \"name\": \"东城区\"}, \"streets\": []}");
    Path controlName =
        write("control.json", ReportWriteFailureTest.SMALL_DISTRICT.replace("银闸", "银\\u001b[2J闸"));
    Path loneSurrogate =
        write("surrogate.json", ReportWriteFailureTest.SMALL_DISTRICT.replace("银闸", "银\\ud800闸"));
    Path unknownField =
        write(
            "misspelt.json",
            ReportWriteFailureTest.SMALL_DISTRICT.replace(
                "\"streets\"", "\"sreets\": [], \"streets\""));
    List<String[]> batch = new ArrayList<>();
    for (String[] bad :
        List.of(
            new String[] {"--volume", "0"},
            new String[] {"--volume", "-5"},
            new String[] {"--volume", "2147483647"},
            new String[] {"--volume", "lots"},
            new String[] {"--seed", "x"},
            new String[] {"--progress", "sometimes"},
            new String[] {"--district", folder.toString()},
            new String[] {"--district", dir.resolve("missing.json").toString()},
            new String[] {"--district", "/dev/zero"},
            new String[] {"--district", ""},
            new String[] {"--district", emptyFile.toString()},
            new String[] {"--district", notJson.toString()},
            new String[] {"--district", noCommunities.toString()},
            new String[] {"--district", noStreets.toString()},
            new String[] {"--district", controlName.toString()},
            new String[] {"--district", loneSurrogate.toString()},
            new String[] {"--district", unknownField.toString()},
            new String[] {"--no-such-option"})) {
      batch.add(concat(new String[] {"simulate", "--out", out}, bad));
      if (!bad[0].equals("--volume") && !bad[0].equals("--progress")) {
        batch.add(concat(new String[] {"summary"}, bad));
      }
    }
    batch.add(new String[] {"simulate", "--out", ""});
    batch.add(new String[] {"simulate", "--out", aFile.toString()});
    batch.add(new String[] {"simulate", "--out", htmlFolder.getParent().toString()});
    batch.add(new String[] {"simulate", "--district", district.toString(), "--out", "/proc/x"});
    for (String file :
        List.of(
            folder.toString(),
            dir.resolve("missing.json").toString(),
            "/dev/zero",
            "",
            emptyFile.toString(),
            notJson.toString())) {
      batch.add(new String[] {"route", file});
    }
    batch.add(new String[] {"route"});
    batch.add(new String[] {"route", order.toString(), "--rules", aFile.toString()});
    batch.add(new String[] {"route", order.toString(), "--rules", dir.resolve("nope").toString()});
    batch.add(new String[] {"route", order.toString(), "--rules", rules.toString()});
    batch.add(new String[] {"route", order.toString(), "--district", folder.toString()});
    batch.add(new String[] {"route", order.toString(), "--seed", "twelve"});
    for (String[] dates :
        List.of(
            new String[] {"2024-02-30", "2024-03-01"},
            new String[] {"2023-02-29", "2024-03-01"},
            new String[] {"-2024-01-01", "2024-03-01"},
            new String[] {"2024-2-1", "2024-02-29"},
            new String[] {"yesterday", "today"},
            new String[] {"2024-03-01", "2024-02-01"},
            new String[] {"1999-01-01", "1999-02-01"},
            new String[] {"+999999999-01-01", "2024-02-01"},
            new String[] {"2024-02-01"},
            new String[] {"2024-02-01", "2024-02-02", "2024-02-03"})) {
      batch.add(concat(new String[] {"calendar"}, dates));
    }
    batch.add(new String[] {"check-rules", dir.resolve("nope").toString()});
    batch.add(new String[] {"check-rules", aFile.toString()});
    batch.add(new String[] {"check-rules", ""});
    batch.add(new String[] {"check-rules", brokenRules.toString()});
    batch.add(new String[] {"check-rules", folder.toString()});
    batch.add(new String[] {"simulate", "--out", out, "--rules", folder.toString()});
    batch.add(new String[] {"route", order.toString(), "--rules", folder.toString()});
    batch.add(new String[] {"check-rules", "--allow", "not a name", brokenRules.toString()});
    batch.add(new String[] {"no-such-command"});
    String[] times = {
      "--dispatched", "2024-03-04T09:00:00+08:00", "--at", "2024-03-08T09:00:00+08:00"
    };
    batch.add(concat(new String[] {"sweep", folder.toString()}, times));
    batch.add(concat(new String[] {"sweep", "/dev/zero"}, times));
    batch.add(
        concat(new String[] {"sweep", order.toString(), "--district", folder.toString()}, times));
    batch.add(new String[] {"sweep", order.toString()});
    batch.add(new String[] {"district", "--district", "/dev/zero"});
    batch.add(new String[] {"district", "--district", noCommunities.toString()});
    batch.add(
        new String[] {"district", "--write-snapshot", dir.resolve("no/such/x.json").toString()});
    batch.add(new String[] {"export-rules", aFile.toString()});

    List<Outcome> outcomes = batch.stream().map(CommandLineBadInputTest::run).toList();

    SoftAssertions softly = new SoftAssertions();
    for (Outcome o : outcomes) {
      softly.assertThat(o.code()).as("%s", o).isNotZero();
      softly.assertThat(o.err()).as("%s", o).isNotBlank();
      softly.assertThat(o.out() + o.err()).as("%s", o).doesNotContainPattern(STACK_TRACE);
      softly.assertThat(o.out() + o.err()).as("%s", o).doesNotContain("\u001b");
    }
    softly.assertAll();
  }

  private static String[] concat(String[] first, String[] second) {
    String[] all = new String[first.length + second.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(second, 0, all, first.length, second.length);
    return all;
  }

  @Test
  void anSlaTableWithoutATimeLimitForTheOrderIsReportedWithoutAStackTrace() {
    Outcome o = run("route", order.toString(), "--rules", rules.toString());

    assertThat(o.code()).isEqualTo(1);
    assertThat(o.err())
        .contains("the SLA table has no time limit for category")
        .contains("at urgency ROUTINE")
        .doesNotContainPattern(STACK_TRACE);
  }

  @Test
  void aFolderGivenAsTheDistrictIsCalledAFolder() {
    Outcome o = run("summary", "--district", folder.toString());

    assertThat(o.code()).isEqualTo(1);
    assertThat(o.err()).isEqualTo(folder + " is a folder, not a file (check --district)\n");
  }

  @Test
  void aDeviceIsRefusedBeforeItIsRead() {
    Outcome o = run("route", "/dev/zero");

    assertThat(o.code()).isEqualTo(1);
    assertThat(o.err()).contains("/dev/zero is not a regular file");
  }

  @Test
  void theOutputFolderIsCheckedBeforeTheYearIsSimulated() throws IOException {
    Path taken = Files.createDirectories(dir.resolve("taken-first/report.html"));

    Outcome o = run("simulate", "--out", taken.getParent().toString());

    assertThat(o.code()).isEqualTo(1);
    assertThat(o.out()).isEmpty();
    assertThat(o.err()).contains(taken + " is a folder, so report.html cannot be written there");
  }

  @Test
  void anEmptyOutputFolderIsRefusedRatherThanTheCurrentFolder() {
    Outcome o = run("simulate", "--out", "");

    assertThat(o.code()).isEqualTo(1);
    assertThat(o.err()).isEqualTo("--out is empty: name the folder to write into\n");
  }

  @Test
  void aVolumeBeyondTheHeapIsRefusedWithTheLimitNamed() {
    Outcome o = run("simulate", "--volume", "2147483647", "--out", dir.toString());

    assertThat(o.code()).isEqualTo(1);
    assertThat(o.err()).contains("--volume is at most 10000000 demands in the year");
  }

  @Test
  void aVolumeTheHeapCannotHoldIsRefusedWithTheHeapNamed() {
    try {
      SimulateCommand.checkVolume(1_000_000, 512L * 1024 * 1024);
      throw new AssertionError("a million demands in 512 MiB was accepted");
    } catch (CommandLineProblem e) {
      assertThat(e.getMessage())
          .isEqualTo(
              "--volume 1000000 needs about 1953 MiB of heap and this JVM has 512 MiB: run java"
                  + " with -Xmx2465m or more, or ask for at most 262144 demands");
    }
  }

  @Test
  void aDateThatDoesNotExistIsCalledSo() {
    Outcome o = run("calendar", "2024-02-30", "2024-03-01");

    assertThat(o.code()).isEqualTo(1);
    assertThat(o.err()).startsWith("FROM: no such date: 2024-02-30 (Invalid date 'FEBRUARY 30')");
  }

  @Test
  void aNegativeYearIsReadAsADate() {
    Outcome o = run("calendar", "-2024-01-01", "2024-03-01");

    assertThat(o.code()).isEqualTo(1);
    assertThat(o.err()).doesNotContain("Missing").contains("the working calendar covers 2004");
  }

  @Test
  void anOrderInACompoundOfAnotherGridIsRefusedWithItsJsonPath() throws IOException {
    Territory jinan =
        DistrictPopulation.toReportFigures(new HierarchyJson().readJinan().territory(), 2024)
            .snapshot()
            .territory();
    Compound elsewhere =
        jinan.compounds().stream()
            .filter(c -> !c.grid().community().street().value().equals("350111001"))
            .findFirst()
            .orElseThrow();
    Path inChayuan =
        write(
            "elsewhere.json",
            Files.readString(order)
                .replace(
                    "\"summary\"",
                    "\"compound\": \"" + elsewhere.id().value() + "\", \"summary\""));
    Path unknown =
        write(
            "unknown-compound.json",
            Files.readString(order)
                .replace("\"summary\"", "\"compound\": \"C-NOWHERE\", \"summary\""));

    Outcome outside = run("route", inChayuan.toString());
    Outcome nowhere = run("route", unknown.toString());

    assertThat(outside.code()).isEqualTo(1);
    assertThat(outside.out()).isEmpty();
    assertThat(outside.err())
        .contains(
            "$.compound (line 3): compound "
                + elsewhere.id()
                + " lies in grid "
                + elsewhere.grid()
                + ", not in grid 350111001001001");
    assertThat(nowhere.code()).isEqualTo(1);
    assertThat(nowhere.err())
        .contains("$.compound (line 3): compound C-NOWHERE is not in the territory");
  }

  @Test
  void aDistrictOfAMillionUnitsIsRefusedBeforeItIsReadWithTheLimitNamed() throws IOException {
    // 999 streets of 999 communities, 998,001 units: as many as statistical codes can number
    Path big = dir.resolve("big.json");
    try (var w = Files.newBufferedWriter(big)) {
      w.write("{\"district\": {\"code\": \"350111\", \"name\": \"晋安区\"}, \"streets\": [");
      for (int s = 1; s <= 999; s++) {
        w.write(s == 1 ? "" : ",");
        String street = "350111" + String.format("%03d", s);
        w.write("{\"code\": \"" + street + "\", \"name\": \"街道" + s + "\", \"communities\": [");
        for (int c = 1; c <= 999; c++) {
          w.write(c == 1 ? "" : ",");
          w.write("{\"code\": \"" + street + String.format("%03d", c) + "\", \"name\": \"c\"}");
        }
        w.write("]}");
      }
      w.write("]}");
    }

    Outcome o = run("summary", "--district", big.toString());

    assertThat(o.code()).isEqualTo(1);
    assertThat(o.err())
        .startsWith(big + ": $: is larger than the 16.0 MiB a district hierarchy file may have");
  }

  @Test
  void aDistrictOfMoreUnitsThanAPopulationHoldsIsRefusedWithTheLimitNamed() throws IOException {
    StringBuilder json =
        new StringBuilder(
            "{\"district\": {\"code\": \"350111\", \"name\": \"晋安区\"}, \"streets\": [");
    for (int s = 1; s <= 6; s++) {
      String street = "350111" + String.format("%03d", s);
      json.append(s == 1 ? "" : ",")
          .append("{\"code\": \"" + street + "\", \"name\": \"街道" + s + "\", \"communities\": [");
      for (int c = 1; c <= 999; c++) {
        json.append(c == 1 ? "" : ",")
            .append("{\"code\": \"" + street + String.format("%03d", c) + "\", \"name\": \"c\"}");
      }
      json.append("]}");
    }
    Path many = write("many.json", json.append("]}").toString());

    Outcome o = run("summary", "--district", many.toString());

    assertThat(o.code()).isEqualTo(1);
    assertThat(o.err())
        .isEqualTo(
            "district 350111 has 5994 communities and villages; a population holds at most 5000,"
                + " about 24 times Jin'an\n");
  }

  @Test
  void aRuleFolderWithoutRuleFilesIsRefusedInTheReadersLanguage() throws IOException {
    Path notes = Files.createDirectories(dir.resolve("only-notes/sub"));
    Files.writeString(notes.resolve("README.txt"), "rules go here");
    Path folderOfNotes = notes.getParent();

    Outcome english = run("check-rules", folderOfNotes.toString());
    Outcome chinese = run("simulate", "--lang", "zh", "--rules", folderOfNotes.toString());

    assertThat(english.code()).isEqualTo(1);
    assertThat(english.out()).isEmpty();
    assertThat(english.err())
        .isEqualTo(
            folderOfNotes + " holds no rule files (*.drl, *.drl.csv, *.xlsx, *.xls) (check DIR)\n");
    assertThat(chinese.code()).isEqualTo(1);
    assertThat(chinese.err())
        .isEqualTo(folderOfNotes + " 中没有规则文件（*.drl、*.drl.csv、*.xlsx、*.xls）（请检查 --rules）\n");
  }

  @Test
  void aRuleFileInASubfolderIsEnoughForACommandToReadTheFolder() throws IOException {
    Path nested = Files.createDirectories(dir.resolve("nested-rules/escalation"));
    Files.copy(rules.resolve("sla.drl.csv"), nested.resolve("sla.drl.csv"));

    Outcome o = run("check-rules", nested.getParent().toString());

    assertThat(o.err())
        .doesNotContain("holds no rule files")
        .contains("escalation/sla.drl.csv")
        .contains("no time limit");
  }
}
