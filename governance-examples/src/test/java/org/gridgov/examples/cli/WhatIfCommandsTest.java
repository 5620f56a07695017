package org.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gridgov.core.district.DistrictSnapshot;
import org.gridgov.core.io.DistrictSnapshotJson;
import org.gridgov.rules.GovernanceEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands an integrator asks "what if" with: route at a chosen instant, sweep orders at a
 * chosen time, list a district's grids and compounds, write the default rules and a populated
 * district out to start from.
 */
class WhatIfCommandsTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return GridGovCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  private static Path order(Path dir) throws IOException {
    Path file = dir.resolve("order.json");
    Files.writeString(
        file,
        """
        {"id": "WO-1", "origin": {"list": "DEMAND", "id": "D-1"}, "category": "SERVICE_DISPUTE",
         "matterKind": "AUTONOMY", "urgency": "ROUTINE", "channel": "CALL_GROUP",
         "grid": "350111001001001", "summary": "summary"}
        """);
    return file;
  }

  @Test
  void routeAtAnInstantCountsTheDeadlinesFromItInTheDistrictsZone(@TempDir Path dir)
      throws IOException {
    int code = run("route", order(dir).toString(), "--at", "2024-03-04T09:00:00+08:00");

    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains("at           2024-03-04T09:00+08:00")
        .contains("time limits  routine orders are accepted within 1 working day")
        .contains("accept by    2024-03-05T17:30+08:00")
        .contains("resolve by   2024-03-11T17:30+08:00");
  }

  @Test
  void sweepAtAChosenTimeShowsTheDecisionsWithTheirRules(@TempDir Path dir) throws IOException {
    int code =
        run(
            "sweep",
            order(dir).toString(),
            "--dispatched",
            "2024-03-04T09:00:00+08:00",
            "--at",
            "2024-03-06T09:00:00+08:00");

    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains("swept at 2024-03-06T09:00+08:00")
        .contains("WO-1 (Neighbour disputes SERVICE_DISPUTE, ROUTINE)")
        .contains("EscalationStep by \"escalate one level on a breach of the accept limit\"");
  }

  @Test
  void sweepRefusesATimeBeforeTheDispatch(@TempDir Path dir) throws IOException {
    int code =
        run(
            "sweep",
            order(dir).toString(),
            "--dispatched",
            "2024-03-04T09:00:00+08:00",
            "--at",
            "2024-03-01T09:00:00+08:00");

    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("is before --dispatched");
  }

  @Test
  void districtListsGridsWithTheirCommunityOrVillageAndCompounds() {
    assertThat(run("district")).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains("grids (")
        .contains("compounds (")
        .containsPattern("\\n  350111\\d{9}  .+  (社区|村) .+ \\((COMMUNITY|VILLAGE) 350111\\d{6}\\)");
  }

  @Test
  void districtWritesAPopulatedSnapshotThatReadsBack(@TempDir Path dir) {
    Path file = dir.resolve("district.json");

    assertThat(run("district", "--write-snapshot", file.toString())).as(err.toString()).isZero();

    DistrictSnapshot snapshot = new DistrictSnapshotJson().read(file);
    assertThat(snapshot.territory().grids()).isNotEmpty();
    assertThat(snapshot.people().assignments()).isNotEmpty();
    assertThat(run("district", "--write-snapshot", file.toString())).isEqualTo(1);
  }

  @Test
  void exportRulesWritesTheDefaultsWhichCheckCleanAsReplacements(@TempDir Path dir) {
    Path rules = dir.resolve("rules");

    assertThat(run("export-rules", rules.toString())).as(err.toString()).isZero();

    assertThat(rules.resolve("escalation/sla/sla.drl.csv")).exists();
    assertThat(rules.resolve("routing/matrix/routing-matrix.drl.csv")).exists();
    assertThat(GovernanceEngine.review(java.util.List.of(), rules).problems()).isEmpty();
    assertThat(run("export-rules", rules.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("already holds");
  }
}
