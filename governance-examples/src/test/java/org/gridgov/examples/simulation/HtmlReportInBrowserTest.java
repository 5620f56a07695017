package org.gridgov.examples.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.gridgov.examples.cli.GridGovCommandAccess;
import org.junit.jupiter.api.Test;

/**
 * Opens the simulated year's report.html in headless Chromium, as a person would: the browser
 * parses it, its charts and figures are in the page it builds, and a screenshot is written to
 * {@code target/report.png}. {@code .ci/run} installs Chromium (Debian package {@code chromium});
 * where it is missing the test is skipped.
 */
class HtmlReportInBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  private static String chromium(Path profile, String... args)
      throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                CHROMIUM.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("chromium finished").isTrue();
    return out;
  }

  /**
   * Simulates the report's period at its volume into a folder of target, opens its report.html in
   * Chromium and writes a screenshot.
   *
   * @return the page as the browser built it
   */
  private static String simulateAndOpen(String folder, Path png, String... options)
      throws IOException, InterruptedException {
    Path out = Path.of("target", folder);
    List<String> args = new ArrayList<>(List.of("simulate", "--seed", "11", "--out"));
    args.add(out.toString());
    args.addAll(List.of(options));
    assertThat(GridGovCommandAccess.run(args.toArray(String[]::new))).isZero();
    Path html = out.resolve("report.html").toAbsolutePath();
    Path profile = Files.createTempDirectory("chromium-profile");
    try {
      String dom = chromium(profile, "--dump-dom", html.toUri().toString());
      Files.deleteIfExists(png);
      chromium(profile, "--window-size=1000,2200", "--screenshot=" + png, html.toUri().toString());
      return dom;
    } finally {
      deleteQuietly(profile);
    }
  }

  /** Removes the browser's profile; what the browser still holds open is left to the system. */
  private static void deleteQuietly(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Test
  void theReportOpensInABrowserWithItsChartsAndFigures() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM);
    Path png = Path.of("target", "report.png").toAbsolutePath();
    String dom = simulateAndOpen("browser-report", png);

    assertThat(dom)
        .contains("id=\"chart-streets\"")
        .contains("id=\"chart-funnel\"")
        .contains("id=\"chart-months\"")
        .contains("id=\"chart-weak-grids\"")
        .contains("class=\"tick\" data-value=\"0\"")
        .contains("id=\"table-meetings\"")
        .contains("data-kpi-name=\"closureRate\"")
        .contains("晋安区")
        .contains("茶园街道");
    assertThat(dom.split("class=\"bar\"", -1)).hasSize(10);
    assertThat(Files.size(png)).isGreaterThan(20_000);
  }

  @Test
  void theChineseReportOpensInABrowserWithChineseHeadingsAndKpiNames() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM);
    Path png = Path.of("target", "report-zh.png").toAbsolutePath();
    String dom = simulateAndOpen("browser-report-zh", png, "--lang", "zh");

    assertThat(dom)
        .contains("<html lang=\"zh-CN\">")
        .contains("<h2>各街道（镇）办结率</h2>")
        .contains("<h2>升级漏斗</h2>")
        .contains("<h2>联席会议与恳谈会</h2>")
        .contains("<h2>薄弱网格</h2>")
        .contains("<h2>网格服务之星</h2>")
        .contains("<h2>网格为何薄弱</h2>")
        .contains("<h2>各季度网格服务之星</h2>")
        .contains("<h2>岗位考核指标</h2>")
        .contains("<th>拉低得分的指标</th>")
        .contains("<div class=\"label\">办结率</div>")
        .contains("<div class=\"label\">按期办结率</div>")
        .contains("<div class=\"label\">满意率</div>")
        .contains("<div class=\"label\">返工率</div>")
        .contains("茶园街道")
        .doesNotContain("Closure rate per street")
        .doesNotContain("Escalation funnel")
        .doesNotContain("Why grids are weak")
        .doesNotContain("grid service stars")
        .doesNotContain("handlers with the most dispatches")
        .doesNotContain("serving, reviewed")
        .containsPattern("<td>(办结率|按期办结率|满意率|返工率|平均响应时长) \\d+/\\d+（-[0-9.]+）");
    assertThat(Files.size(png)).isGreaterThan(20_000);

    JsonNode evaluation =
        new ObjectMapper()
            .readTree(Path.of("target", "browser-report-zh", "report.json").toFile())
            .get("evaluation");
    assertThat(evaluation.get("firstSecretaryRecommendations"))
        .isNotEmpty()
        .allSatisfy(
            r ->
                assertThat(r.get("explanation").asText())
                    .containsPattern("包联|无包联单位")
                    .contains("件到期工单评定")
                    .doesNotContainPattern("[a-z]{2,} [a-z]{2,}"));
    List<JsonNode> shortfalls = new ArrayList<>();
    evaluation.findValues("pulledDownBy").forEach(pulled -> pulled.forEach(shortfalls::add));
    assertThat(shortfalls)
        .isNotEmpty()
        .allSatisfy(
            k -> assertThat(k.get("text").asText()).matches("\\p{IsHan}+ \\d+/\\d+（-[0-9.]+）"));
  }
}
