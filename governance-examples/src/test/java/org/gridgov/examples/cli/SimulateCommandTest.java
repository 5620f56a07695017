package org.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return GridGovCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  @Test
  void writesAReportWhoseOrdersAddUpInEveryStreet(@TempDir Path dir) throws IOException {
    int code =
        run(
            "simulate",
            "--volume",
            "300",
            "--seed",
            "5",
            "--from",
            "2024-01-01",
            "--to",
            "2024-12-31",
            "--out",
            dir.toString());

    assertThat(code).isZero();
    assertThat(out.toString())
        .contains("晋安区 (350111), simulated from 2024-01-01 to 2024-12-31, seed 5");
    JsonNode report = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
    assertThat(report.at("/district/code").asText()).isEqualTo("350111");
    JsonNode orders = report.get("orders");
    // the list cycle forms every demand not cancelled as a duplicate the day it came; the orders
    // are those of the settled-at-once track and the duplicates
    JsonNode cycle = report.at("/listCycle/total");
    assertThat(cycle.get("formed").asInt()).isBetween(290, 300);
    assertThat(cycle.get("formed").asInt())
        .isEqualTo(
            cycle.get("resolved").asInt()
                + cycle.get("open").asInt()
                + cycle.get("cancelled").asInt());
    assertThat(orders.get("formed").asInt()).isLessThan(cycle.get("formed").asInt());
    int cycleStreets = 0;
    for (JsonNode street : report.at("/listCycle/streets")) {
      cycleStreets += street.get("formed").asInt();
    }
    assertThat(cycleStreets).isEqualTo(cycle.get("formed").asInt());
    assertThat(report.at("/listCycle/quarters")).hasSize(4);
    assertThat(report.at("/period/from").asText()).isEqualTo("2024-01-01");
    assertThat(report.at("/reportFigures/resolved").asInt()).isEqualTo(975);
    assertThat(orders.get("formed").asInt())
        .isEqualTo(
            orders.get("closed").asInt()
                + orders.get("open").asInt()
                + orders.get("cancelled").asInt());
    int formed = 0;
    for (JsonNode street : report.get("streets")) {
      assertThat(street.get("formed").asInt())
          .isEqualTo(
              street.get("closed").asInt()
                  + street.get("open").asInt()
                  + street.get("cancelled").asInt());
      formed += street.get("formed").asInt();
    }
    assertThat(report.get("streets")).hasSize(9);
    assertThat(formed).isEqualTo(orders.get("formed").asInt());
    assertThat(report.get("escalations").has("COMMUNITY")).isTrue();
    assertThat(report.at("/kpis/closureRate").asDouble()).isBetween(0.0, 1.0);

    // every village-level unit of Jin'an holds its joint meeting in each of the four quarters
    JsonNode meetings = report.get("meetings");
    assertThat(meetings.get("jointMeetings").asInt()).isEqualTo(212 * 4);
    assertThat(meetings.get("decided").asInt())
        .isLessThanOrEqualTo(meetings.get("routedToJointMeeting").asInt())
        .isGreaterThanOrEqualTo(meetings.get("dispatched").asInt());
    assertThat(meetings.at("/consultations/agreed").asInt())
        .isLessThanOrEqualTo(meetings.at("/consultations/meetings").asInt());
    assertThat(out.toString())
        .contains(
            "joint meetings: 848 held; of the work orders escalated to them, "
                + meetings.get("agendaItems").asInt()
                + " on their agendas");

    JsonNode evaluation = report.get("evaluation");
    assertThat(evaluation.get("quarters")).hasSize(4);
    JsonNode weak = evaluation.get("weakGrids");
    assertThat(weak).hasSize(evaluation.get("weakGridCount").asInt());
    int findings = 0;
    for (JsonNode grid : weak) {
      assertThat(grid.get("grid").asText()).startsWith(grid.get("community").asText());
      assertThat(grid.get("name").asText()).isNotBlank();
      assertThat(grid.get("communityName").asText()).isNotBlank();
      assertThat(grid.get("reasons")).isNotEmpty();
      assertThat(grid.get("lowestScore").asDouble()).isBetween(0.0, 100.0);
      findings += grid.get("quarters").size() * grid.get("reasons").size();
    }
    assertThat(findings).isGreaterThanOrEqualTo(evaluation.get("weakGridFindings").asInt());
    assertThat(evaluation.get("stars")).hasSize(evaluation.get("starCount").asInt());
    assertThat(out.toString())
        .contains("weak grids: " + weak.size() + " grids")
        .contains("service stars: " + evaluation.get("starCount").asInt());

    JsonNode refusals = report.get("refusals");
    int byKind = 0;
    for (JsonNode kind : refusals.get("byKind")) {
      byKind += kind.get("count").asInt();
    }
    assertThat(refusals.get("total").asInt()).isEqualTo(byKind);
    assertThat(out.toString()).contains("refused transitions: ");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void theSameSeedWritesTheSameReportWithOrWithoutAProgressBar(@TempDir Path dir)
      throws IOException {
    Path watched = dir.resolve("watched");
    Path plain = dir.resolve("plain");

    int first = simulateSeedEight("always", watched);
    String barAndAll = err.toString();
    int second = simulateSeedEight("never", plain);

    assertThat(first).isZero();
    assertThat(second).isZero();
    assertThat(barAndAll).contains("simulating 120 demands").contains(" days");
    assertThat(err.toString()).isEqualTo(barAndAll);
    assertThat(out.toString()).doesNotContain("simulating 120 demands");
    assertThat(Files.readString(watched.resolve("report.json")))
        .isEqualTo(Files.readString(plain.resolve("report.json")));
  }

  private int simulateSeedEight(String progress, Path folder) {
    return run(
        "simulate",
        "--volume",
        "120",
        "--seed",
        "8",
        "--progress",
        progress,
        "--out",
        folder.toString());
  }

  @Test
  void simulatesOnTheOfficialYearsOfAHolidaysFileOrRefusesAMalformedOne(@TempDir Path dir)
      throws IOException {
    // a 2024 that, by this file, has only New Year's Day and the Spring Festival off
    Path holidays = dir.resolve("2024.json");
    Files.writeString(
        holidays,
        "{\"year\": 2024, \"papers\": [], \"days\": [\n"
            + "{\"name\": \"元旦\", \"date\": \"2024-01-01\", \"isOffDay\": true},\n"
            + "{\"name\": \"春节\", \"date\": \"2024-02-12\", \"isOffDay\": true}]}");
    Path shipped = dir.resolve("shipped");
    Path loaded = dir.resolve("loaded");

    assertThat(
            run(
                "simulate",
                "--volume",
                "120",
                "--seed",
                "8",
                "--from",
                "2024-01-01",
                "--to",
                "2024-12-31",
                "--out",
                shipped.toString()))
        .isZero();
    assertThat(
            run(
                "simulate",
                "--volume",
                "120",
                "--seed",
                "8",
                "--from",
                "2024-01-01",
                "--to",
                "2024-12-31",
                "--holidays",
                holidays.toString(),
                "--out",
                loaded.toString()))
        .isZero();
    assertThat(Files.readString(loaded.resolve("report.json")))
        .isNotEqualTo(Files.readString(shipped.resolve("report.json")));

    Files.writeString(
        holidays,
        "{\"year\": 2024, \"days\": [\n"
            + "{\"name\": \"元旦\", \"date\": \"2024-01-01\", \"isOffDay\": true},\n"
            + "{\"name\": \"元旦\", \"date\": \"2024-01-01\", \"isOffDay\": false}]}");
    Path refused = dir.resolve("refused");
    assertThat(
            run(
                "simulate",
                "--volume",
                "120",
                "--holidays",
                holidays.toString(),
                "--out",
                refused.toString()))
        .isEqualTo(1);
    assertThat(err.toString()).contains(holidays + ": $.days[1] (line 3");
    assertThat(refused).doesNotExist();
  }

  @Test
  void showsAProgressBarForLargeRunsOrInAConsoleUnlessToldOtherwise() {
    assertThat(SimulateCommand.showsProgress("auto", SimulateCommand.LARGE_VOLUME, false))
        .isFalse();
    assertThat(SimulateCommand.showsProgress("auto", SimulateCommand.LARGE_VOLUME + 1, false))
        .isTrue();
    assertThat(SimulateCommand.showsProgress("auto", 1_242, true)).isTrue();
    assertThat(SimulateCommand.showsProgress("never", 124_200, true)).isFalse();
    assertThat(SimulateCommand.showsProgress("always", 1, false)).isTrue();
  }

  @Test
  void refusesAnUnknownProgressMode(@TempDir Path dir) {
    assertThat(run("simulate", "--progress", "sometimes", "--out", dir.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("--progress is auto, always or never; got sometimes");
  }

  @Test
  void simulatesAnotherDistrictFileOfTheSameShape(@TempDir Path dir) throws IOException {
    Path district = dir.resolve("dongcheng.json");
    Files.writeString(
        district,
        """
        {"district": {"code": "110101", "name": "东城区"},
         "streets": [
          {"code": "110101001", "name": "东华门街道", "communities": [
            {"code": "110101001001", "name": "多福巷社区居委会"},
            {"code": "110101001002", "name": "银闸社区居委会"},
            {"code": "110101001005", "name": "东厂社区居委会"}]},
          {"code": "110101002", "name": "景山街道", "communities": [
            {"code": "110101002001", "name": "隆福寺社区居委会"},
            {"code": "110101002002", "name": "吉祥社区居委会"}]}]}
        """);
    Path out = dir.resolve("report");

    int code =
        run(
            "simulate",
            "--district",
            district.toString(),
            "--volume",
            "150",
            "--out",
            out.toString());

    assertThat(code).isZero();
    JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
    assertThat(report.at("/district/code").asText()).isEqualTo("110101");
    assertThat(report.get("streets")).hasSize(2);
    assertThat(report.at("/listCycle/total/formed").asInt()).isBetween(140, 150);
    assertThat(out.resolve("report.html")).exists();
  }

  @Test
  void refusesABadPeriodOrRuleFolderBeforeWritingAnything(@TempDir Path dir) {
    Path report = dir.resolve("report");

    assertThat(run("simulate", "--from", "2022-13-01", "--out", report.toString())).isEqualTo(1);
    assertThat(err.toString())
        .contains("--from is a date such as 2022-01-01")
        .contains("2022-13-01");
    assertThat(
            run(
                "simulate",
                "--from",
                "2023-01-01",
                "--to",
                "2022-12-31",
                "--out",
                report.toString()))
        .isEqualTo(1);
    assertThat(err.toString()).contains("--to is on or after --from");
    assertThat(
            run(
                "simulate",
                "--from",
                "2010-01-01",
                "--to",
                "2022-12-31",
                "--out",
                report.toString()))
        .isEqualTo(1);
    assertThat(err.toString()).contains("at most 10 years");
    assertThat(
            run(
                "simulate",
                "--rules",
                dir.resolve("no-such-folder").toString(),
                "--out",
                report.toString()))
        .isEqualTo(1);
    assertThat(err.toString()).contains("no-such-folder");
    assertThat(report).doesNotExist();
  }

  @Test
  void refusesAVolumeBelowOne(@TempDir Path dir) {
    assertThat(run("simulate", "--volume", "0", "--out", dir.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("--volume is the number of demands in the year");
  }
}
