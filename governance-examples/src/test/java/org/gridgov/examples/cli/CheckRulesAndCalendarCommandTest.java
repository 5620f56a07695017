package org.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckRulesAndCalendarCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return GridGovCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  @Test
  void checkRulesListsEachProblemWithItsFileAndLine(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("local.drl"),
        "package org.gridgov.local;\n\nrule \"unfinished\"\nwhen\n  String(\nthen\nend\n");
    Files.writeString(dir.resolve("limits.csv"), "RuleSet,x\n");

    int code = run("check-rules", dir.toString());

    assertThat(code).isEqualTo(1);
    assertThat(err.toString())
        .contains("2 problems")
        .contains("local.drl:7: ")
        .contains(
            "limits.csv: a decision table in CSV is named *.drl.csv; rename it to limits.drl.csv");
  }

  @Test
  void checkRulesRefusesAMisspeltColumnHeaderAndATextSalience(@TempDir Path dir)
      throws IOException {
    Files.writeString(
        dir.resolve("limits.drl.csv"),
        String.join(
            "\n",
            "RuleSet,org.gridgov.local.limits,,",
            "Import,org.gridgov.rules.fact.SlaQuery,,",
            "RuleTable Limits,,,",
            "NAME,CONDITON,ACTION,",
            ",SlaQuery,,",
            ",\"urgency == \"\"$param\"\"\",System.out.println(1);,",
            "Rule,Urgency,Code,",
            "urgent orders,URGENT,,"));
    Files.writeString(
        dir.resolve("local.drl"),
        "package org.gridgov.local;\nimport org.gridgov.rules.fact.*;\n"
            + "rule \"nothing\"\n  salience \"high\"\nwhen\n  CatalogueRequest()\nthen\nend\n");

    assertThat(run("check-rules", dir.toString())).isEqualTo(1);
    assertThat(err.toString())
        .contains("2 problems")
        .contains(
            "limits.drl.csv:4: cell B4, in the row of column headers after the RuleTable row,")
        .contains("\"CONDITON\"")
        .contains("local.drl:4: salience \"high\" in rule \"nothing\" is text");
  }

  @Test
  void checkRulesSaysWhenTheFolderCompiles(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("local.drl"),
        "package org.gridgov.local;\nimport org.gridgov.rules.fact.*;\n"
            + "rule \"nothing\"\nwhen\n  CatalogueRequest()\nthen\nend\n");

    assertThat(run("check-rules", dir.toString())).isZero();
    assertThat(out.toString()).contains("the rules compile");
  }

  @Test
  void checkRulesRefusesWhatTheAllowListDoesNotAllowUnlessItIsAllowed(@TempDir Path dir)
      throws IOException {
    Files.writeString(
        dir.resolve("local.drl"),
        "package org.gridgov.local;\nimport org.gridgov.rules.fact.*;\n"
            + "rule \"stamp\"\nwhen\n  CatalogueRequest()\nthen\n"
            + "  System.identityHashCode(drools);\nend\n");

    assertThat(run("check-rules", dir.toString())).isEqualTo(1);
    assertThat(err.toString())
        .contains(
            "local.drl:7: calls java.lang.System (System.identityHashCode) in rule \"stamp\" — not"
                + " on the rule")
        .contains(
            "local.drl:7: uses org.drools.core.rule.consequence.KnowledgeHelper as a value, which"
                + " reaches the rule session");
    assertThat(run("check-rules", "--allow", "java.lang.System", dir.toString())).isEqualTo(1);
    assertThat(
            run(
                "check-rules",
                "--allow",
                "java.lang.System,org.drools.core.rule.consequence.KnowledgeHelper",
                dir.toString()))
        .isZero();
    assertThat(run("check-rules", "--allow", "not a name", dir.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("got \"not a name\"");
  }

  @Test
  void calendarCountsWorkingDaysOverTheSpringFestival() {
    int code = run("calendar", "2024-02-01", "2024-02-29");

    assertThat(code).isZero();
    // February 2024: 20 weekdays after the 1st, less the holidays of the 12th to the 16th, plus
    // the adjusted Sundays of the 4th and the 18th
    assertThat(out.toString())
        .contains("17 working days after 2024-02-01 up to and including 2024-02-29")
        .contains("2024-02-04 Sun  adjusted working day")
        .contains("2024-02-12 Mon  public holiday");
  }

  @Test
  void calendarCountsIntoNextYearOnProvisionalDaysAndMarksThem() {
    int code = run("calendar", "2026-12-28", "2027-02-20");

    assertThat(code).isZero();
    // 29-31 December (3); January 2027 has 21 weekdays less New Year's Day (20); February 1-19
    // has 15 weekdays less 5 and 8-10 (除夕 to 初三, the weekend days made up on Tuesday and
    // Wednesday) (11)
    assertThat(out.toString())
        .contains("34 working days after 2026-12-28 up to and including 2027-02-20")
        .contains("provisional from 2027-01-01")
        .contains("2027-01-01 Fri  public holiday (provisional)")
        .contains("2027-02-05 Fri  public holiday (provisional)")
        .contains("2027-02-10 Wed  public holiday (provisional)")
        .doesNotContain("2027-02-11");
  }

  @Test
  void calendarStatusPrintsTheCoverageTheProvisionalYearsAndTheSources() {
    assertThat(run("calendar", "--status")).isZero();

    assertThat(out.toString())
        .contains("official     2004-01-01..2026-12-31 (")
        .contains("provisional  2027-01-01..2100-12-31")
        .contains("  2004-2026  chinese-days 1.5.7")
        .contains(
            "  2027-2100  provisional: statutory holidays of the holiday regulation in force"
                + " from 2025");
  }

  @Test
  void calendarLoadsNextYearsOfficialScheduleFromAHolidayCnFile(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("2027.json");
    Files.writeString(
        file,
        "{\"year\": 2027, \"papers\": [], \"days\": ["
            + "{\"name\": \"元旦\", \"date\": \"2027-01-01\", \"isOffDay\": true},"
            + "{\"name\": \"春节\", \"date\": \"2027-02-20\", \"isOffDay\": false}]}");

    assertThat(
            run("calendar", "--holidays", file.toString(), "--status", "2027-02-18", "2027-02-21"))
        .isZero();

    assertThat(out.toString())
        .contains("official     2004-01-01..2027-12-31")
        .contains("  2027  holiday-cn 2027 read from " + file)
        .contains("2 working days after 2027-02-18 up to and including 2027-02-21")
        .contains("2027-02-20 Sat  adjusted working day")
        .doesNotContain("(provisional)");
  }

  @Test
  void calendarRefusesAMalformedHolidayFileWithItsLocation(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("2027.json");
    Files.writeString(
        file,
        "{\"year\": 2027, \"days\": [\n"
            + "{\"name\": \"元旦\", \"date\": \"2027-01-01\", \"isOffDay\": true},\n"
            + "{\"name\": \"元旦\", \"date\": \"2027-01-01\", \"isOffDay\": false}]}");

    assertThat(run("calendar", "--holidays", file.toString(), "2026-12-28", "2027-01-05"))
        .isEqualTo(1);
    assertThat(err.toString())
        .contains(file + ": $.days[1] (line 3")
        .contains(
            "2027-01-01 is listed twice, at $.days[0] as a day off and here as a working day");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void calendarRefusesDatesBeforeTheData() {
    assertThat(run("calendar", "2003-12-01", "2004-01-15")).isEqualTo(1);
    assertThat(err.toString()).contains("2004").contains("2003-12-02");
  }

  @Test
  void calendarRefusesAMalformedDate() {
    assertThat(run("calendar", "2024-2-1", "2024-02-29")).isEqualTo(1);
    assertThat(err.toString()).contains("dates are written yyyy-MM-dd");
  }
}
