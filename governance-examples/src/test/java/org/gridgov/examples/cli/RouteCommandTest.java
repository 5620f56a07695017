package org.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RouteCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return GridGovCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  private static Path order(Path dir, String category, String kind, String urgency)
      throws IOException {
    Path file = dir.resolve("order.json");
    Files.writeString(
        file,
        """
        {"id": "WO-1", "origin": {"list": "DEMAND", "id": "D-1"}, "category": "%s",
         "matterKind": "%s", "urgency": "%s", "channel": "CALL_GROUP",
         "grid": "350111001001001", "summary": "summary"}
        """
            .formatted(category, kind, urgency));
    return file;
  }

  private static Path official2027(Path dir, String secondDay) throws IOException {
    Path file = dir.resolve("2027.json");
    Files.writeString(
        file,
        "{\"year\": 2027, \"papers\": [], \"days\": [\n"
            + "{\"name\": \"元旦\", \"date\": \"2027-01-01\", \"isOffDay\": true},\n"
            + secondDay
            + "]}");
    return file;
  }

  @Test
  void countsDeadlinesOnTheOfficialScheduleOfAHolidaysFile(@TempDir Path dir) throws IOException {
    Path order = order(dir, "SERVICE_PROPERTY", "AUTONOMY", "ROUTINE");
    Path holidays =
        official2027(dir, "{\"name\": \"元旦\", \"date\": \"2027-01-04\", \"isOffDay\": true}");

    assertThat(run("route", "--at", "2026-12-28T10:00:00+08:00", order.toString()))
        .as(err::toString)
        .isZero();
    String provisional = out.toString();
    out.getBuffer().setLength(0);
    assertThat(
            run(
                "route",
                "--holidays",
                holidays.toString(),
                "--at",
                "2026-12-28T10:00:00+08:00",
                order.toString()))
        .isZero();
    String official = out.toString();

    assertThat(provisional).contains("provisional: ");
    assertThat(official).doesNotContain("provisional: ").contains("resolve by   2027-01-");
    // 4 January is a day off in the file: the resolve-by deadline moves
    assertThat(resolveBy(official)).isNotEqualTo(resolveBy(provisional));
  }

  private static String resolveBy(String output) {
    return output.lines().filter(l -> l.startsWith("resolve by")).findFirst().orElseThrow();
  }

  @Test
  void refusesAMalformedHolidaysFileWithItsLocation(@TempDir Path dir) throws IOException {
    Path holidays =
        official2027(dir, "{\"name\": \"元旦\", \"date\": \"2028-01-04\", \"isOffDay\": true}");

    int code =
        run(
            "route",
            "--holidays",
            holidays.toString(),
            order(dir, "SERVICE_DISPUTE", "AUTONOMY", "ROUTINE").toString());

    assertThat(code).isEqualTo(1);
    assertThat(err.toString())
        .contains(holidays + ": $.days[1] (line 3")
        .contains("a day of the year 2027 is expected, got 2028-01-04");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void printsTheResponsibleSubjectTheRuleAndTheDeadlines(@TempDir Path dir) throws IOException {
    int code = run("route", order(dir, "SERVICE_DISPUTE", "AUTONOMY", "ROUTINE").toString());

    assertThat(code).isZero();
    assertThat(out.toString())
        .contains("responsible  站前社区委员会 [COMMUNITY_COMMITTEE 350111001001]")
        .contains("rule         disputes are mediated by the community")
        .contains("accept by")
        .contains("resolve by")
        .contains("any order goes to its community → COMMUNITY_COMMITTEE (0)");
  }

  @Test
  void sendsAStreetOrderPowerMatterToTheCityManagementBureau(@TempDir Path dir) throws IOException {
    int code = run("route", order(dir, "EVENT_STREET_ORDER", "POWER", "ROUTINE").toString());

    assertThat(code).isZero();
    assertThat(out.toString())
        .contains("区城市管理局")
        .contains("rule         power matters go to the competent district unit");
  }

  @Test
  void routesTheExampleOrderOfTheReadme() {
    int code = run("route", "../docs/examples/order.json");

    assertThat(code).isZero();
    assertThat(out.toString())
        .contains("order        WO-2024-0001 (Neighbour disputes SERVICE_DISPUTE, ROUTINE)")
        .contains("rule         disputes are mediated by the community");
  }

  @Test
  void saysWhatIsWrongWithTheOrder(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("order.json");
    Files.writeString(file, "{\"id\": \"WO-1\", \"category\": \"NOPE\"}");

    assertThat(run("route", file.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("order.json: $.origin (line 1): is required");
  }

  @Test
  void refusesAnOrderOfACategoryTheRulesDoNotDefine(@TempDir Path dir) throws IOException {
    assertThat(run("route", order(dir, "SERVICE_UNKNOWN", "AUTONOMY", "ROUTINE").toString()))
        .isEqualTo(1);
    assertThat(err.toString()).contains("which the category table does not define");
  }
}
