package org.gridgov.examples.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridgov.core.evaluation.KpiFigures;
import org.gridgov.core.io.HierarchyJson;
import org.gridgov.core.territory.Street;
import org.gridgov.core.territory.Territory;
import org.gridgov.examples.cli.GridGovCommand;
import org.gridgov.examples.district.DistrictPopulation;
import org.gridgov.examples.district.Figures;
import org.gridgov.examples.district.PopulatedDistrict;
import org.gridgov.rules.evaluation.EvaluationReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report of a simulated year. */
class HtmlReportTest {

  private static Territory territory;
  private static SimulationResult result;
  private static String html;

  @BeforeAll
  static void simulate() {
    PopulatedDistrict jinan =
        DistrictPopulation.of(Figures.REPORT)
            .populate(new HierarchyJson().readJinan().territory(), 3L);
    result = YearSimulation.withDefaultRules(jinan).withVolume(200).run(3L);
    territory = jinan.snapshot().territory();
    html = new HtmlReport(territory, result, 3L).html();
  }

  private static int count(String text, String needle) {
    return text.split(Pattern.quote(needle), -1).length - 1;
  }

  private static String svg(String id) {
    int start = html.indexOf("<svg id=\"" + id + "\"");
    assertThat(start).as(id).isNotNegative();
    return html.substring(start, html.indexOf("</svg>", start));
  }

  @Test
  void isOneSelfContainedUtf8Document() {
    assertThat(html).startsWith("<!DOCTYPE html>");
    assertThat(html).contains("<meta charset=\"utf-8\">");
    assertThat(html).contains("晋安区").contains("seed <span id=\"seed\">3</span>");
    assertThat(html).doesNotContain("http://").doesNotContain("https://");
    assertThat(Pattern.compile("(src|href)\\s*=", Pattern.CASE_INSENSITIVE).matcher(html).find())
        .isFalse();
    assertThat(html).doesNotContain("<script");
  }

  @Test
  void hasTheFourCharts() {
    for (String id :
        new String[] {"chart-streets", "chart-funnel", "chart-months", "chart-weak-grids"}) {
      assertThat(svg(id)).startsWith("<svg");
    }
  }

  private static List<Integer> ticks(String chart) {
    Matcher m =
        Pattern.compile("<g class=\"tick\" data-value=\"(\\d+)\">.*?>(\\d+)</text></g>")
            .matcher(chart);
    List<Integer> values = new ArrayList<>();
    while (m.find()) {
      assertThat(m.group(2)).as("a tick is labelled with its value").isEqualTo(m.group(1));
      values.add(Integer.parseInt(m.group(1)));
    }
    return values;
  }

  private static void assertRoundTicksFromZeroTo(List<Integer> ticks, int largest) {
    assertThat(ticks.size()).isBetween(2, 11);
    assertThat(ticks.get(0)).isZero();
    int step = ticks.get(1);
    assertThat(String.valueOf(step)).matches("[125]0*");
    for (int i = 0; i < ticks.size(); i++) {
      assertThat(ticks.get(i)).isEqualTo(i * step);
    }
    int top = ticks.get(ticks.size() - 1);
    assertThat(top)
        .isGreaterThanOrEqualTo(largest)
        .isLessThan(largest + step + (largest == 0 ? 1 : 0));
  }

  @Test
  void theMonthChartHasALabelledYAxisWithRoundTicksUpToTheBusiestMonth() {
    String chart = svg("chart-months");
    Matcher months =
        Pattern.compile("data-formed=\"(\\d+)\" data-closed=\"(\\d+)\"").matcher(chart);
    int largest = 0;
    while (months.find()) {
      largest =
          Math.max(
              largest,
              Math.max(Integer.parseInt(months.group(1)), Integer.parseInt(months.group(2))));
    }
    List<Integer> ticks = ticks(chart);
    assertRoundTicksFromZeroTo(ticks, largest);
    assertThat(chart)
        .contains("data-max=\"" + ticks.get(ticks.size() - 1) + "\"")
        .contains("class=\"axis-title\"")
        .contains(">orders</text>");
  }

  @Test
  void roundTickStepsGiveAboutFiveTicks() {
    assertThat(HtmlReport.tickStep(0)).isEqualTo(1);
    assertThat(HtmlReport.tickStep(5)).isEqualTo(1);
    assertThat(HtmlReport.tickStep(9)).isEqualTo(2);
    assertThat(HtmlReport.tickStep(48)).isEqualTo(10);
    assertThat(HtmlReport.tickStep(120)).isEqualTo(50);
    assertThat(HtmlReport.tickStep(11_000)).isEqualTo(5_000);
  }

  @Test
  void theWeakGridChartHasAQuarterPerEvaluationWithItsFindings() {
    String chart = svg("chart-weak-grids");
    assertThat(count(chart, "<g class=\"quarter\"")).isEqualTo(result.quarters().size());
    Matcher m =
        Pattern.compile(
                "data-quarter=\"([^\"]+)\" data-findings=\"(\\d+)\" data-weak-grids=\"(\\d+)\"")
            .matcher(chart);
    int findings = 0;
    int largest = 0;
    for (EvaluationReport q : result.quarters()) {
      assertThat(m.find()).isTrue();
      assertThat(m.group(1)).isEqualTo(q.quarter().toString());
      assertThat(Integer.parseInt(m.group(2))).isEqualTo(q.weakGrids().size());
      assertThat(Integer.parseInt(m.group(3)))
          .isEqualTo(q.weakGrids().stream().map(w -> w.grid()).distinct().count());
      findings += q.weakGrids().size();
      largest = Math.max(largest, q.weakGrids().size());
    }
    assertThat(findings).isEqualTo(result.weakGridFindings().size());
    assertRoundTicksFromZeroTo(ticks(chart), largest);
  }

  @Test
  void theWeakGridTableListsTheWeakestGridsWithTheirNames() {
    List<WeakGridLine> weak = result.weakGrids();
    assertThat(weak).isNotEmpty();
    int start = html.indexOf("<table id=\"table-weak-grids\">");
    String table = html.substring(start, html.indexOf("</table>", start));
    assertThat(count(table, "<tr data-grid=")).isEqualTo(Math.min(50, weak.size()));
    WeakGridLine weakest = weak.get(0);
    assertThat(table)
        .contains("<tr data-grid=\"" + weakest.grid().value() + "\">")
        .contains(HtmlReport.escape(territory.grid(weakest.grid()).orElseThrow().name()));
  }

  @Test
  void theMeetingTableAndTheRefusalsHoldTheResultsFigures() {
    MeetingFigures m = result.meetingFigures();
    assertThat(figure("jointMeetings")).isEqualTo(m.jointMeetings());
    assertThat(figure("agendaItems")).isEqualTo(m.agendaItems());
    assertThat(figure("decided")).isEqualTo(m.decided());
    assertThat(figure("dispatched")).isEqualTo(m.dispatched());
    assertThat(figure("consultationMeetings")).isEqualTo(m.consultationMeetings());
    assertThat(html).contains("<p id=\"refusals\" data-total=\"" + result.refusalCount() + "\">");
  }

  private static int figure(String name) {
    Matcher m =
        Pattern.compile("data-figure=\"" + name + "\"><th>[^<]*</th><td class=\"num\">(\\d+)<")
            .matcher(html);
    assertThat(m.find()).as(name).isTrue();
    return Integer.parseInt(m.group(1));
  }

  @Test
  void drawsOneBarPerStreetWithItsNameAndRate() {
    String chart = svg("chart-streets");
    assertThat(territory.streets()).hasSize(9);
    assertThat(count(chart, "<g class=\"bar\"")).isEqualTo(9);
    for (Street s : territory.streets()) {
      assertThat(chart).contains(">" + HtmlReport.escape(s.name()) + "<");
      OptionalDouble rate =
          result.ledger().byStreet().get(s.code()) == null
              ? OptionalDouble.empty()
              : result.ledger().byStreet().get(s.code()).figures().closureRate();
      assertThat(chart)
          .contains(
              "data-street=\""
                  + s.code().value()
                  + "\" data-value=\""
                  + (rate.isPresent() ? Double.toString(rate.getAsDouble()) : "")
                  + "\"");
    }
  }

  @Test
  void kpiTilesHoldTheResultsFigures() {
    KpiFigures f = result.figures();
    assertThat(tile("closureRate")).isEqualTo(value(f.closureRate()));
    assertThat(tile("onTimeRate")).isEqualTo(value(f.onTimeClosureRate()));
    assertThat(tile("satisfactionRate")).isEqualTo(value(f.satisfactionRate()));
    assertThat(tile("reworkRate")).isEqualTo(value(f.reworkRate()));
    assertThat(count(html, "data-kpi=\"")).isEqualTo(4);
  }

  private static String tile(String name) {
    Matcher m =
        Pattern.compile("data-kpi-name=\"" + name + "\" data-kpi=\"([^\"]*)\"").matcher(html);
    assertThat(m.find()).as(name).isTrue();
    return m.group(1);
  }

  private static String value(OptionalDouble rate) {
    return rate.isPresent() ? Double.toString(rate.getAsDouble()) : "";
  }

  @Test
  void funnelStartsWithTheOrdersFormedAndMonthsAddUpToThem() {
    String funnel = svg("chart-funnel");
    assertThat(count(funnel, "<g class=\"stage\"")).isEqualTo(5);
    assertThat(funnel).contains("Formed: 200");
    Matcher m = Pattern.compile("data-formed=\"(\\d+)\"").matcher(svg("chart-months"));
    int formed = 0;
    while (m.find()) {
      formed += Integer.parseInt(m.group(1));
    }
    assertThat(formed).isEqualTo(200);
  }

  @Test
  void escapesMarkupCharacters() {
    assertThat(HtmlReport.escape("a<b>&\"c'")).isEqualTo("a&lt;b&gt;&amp;&quot;c&#39;");
    assertThat(HtmlReport.escape("晋安区")).isEqualTo("晋安区");
  }

  private static final String ODD_DISTRICT =
      """
      {
        "source": "made up for a test",
        "district": {"code": "110105", "name": "试验区 & <b>"},
        "streets": [
          {"code": "110105001", "name": "东风<script>街道", "communities": [
            {"code": "110105001001", "name": "东风社区居委会"},
            {"code": "110105001002", "name": "朝阳社区委员会"}
          ]},
          {"code": "110105100", "name": "红星镇", "communities": [
            {"code": "110105100001", "name": "红星社区居委会"}
          ]}
        ]
      }
      """;

  @Test
  void escapesNamesFromADistrictFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("district.json");
    Files.writeString(file, ODD_DISTRICT, StandardCharsets.UTF_8);
    Territory odd = new HierarchyJson().read(file).territory();
    PopulatedDistrict populated =
        DistrictPopulation.of(Figures.REPORT.scaledTo(odd)).populate(odd, 3L);
    SimulationResult year = YearSimulation.withDefaultRules(populated).withVolume(50).run(3L);
    Path written =
        new SimulationReport(populated.snapshot().territory(), year, 3L)
            .write(dir.resolve("out"))
            .get(1);

    String page = Files.readString(written, StandardCharsets.UTF_8);
    assertThat(written.getFileName()).hasToString("report.html");
    assertThat(page).doesNotContain("<script").doesNotContain("<b>");
    assertThat(page).contains("东风&lt;script&gt;街道").contains("试验区 &amp; &lt;b&gt;");
    assertThat(count(svg(page, "chart-streets"), "<g class=\"bar\"")).isEqualTo(2);
  }

  @Test
  void simulateCommandWritesTheHtmlNextToTheJsonAndPrintsItsPath(@TempDir Path dir)
      throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        GridGovCommand.run(
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            "simulate",
            "--volume",
            "100",
            "--seed",
            "3",
            "--out",
            dir.toString());

    assertThat(code).isZero();
    Path page = dir.resolve("report.html");
    assertThat(dir.resolve("report.json")).isRegularFile();
    assertThat(page).isRegularFile();
    assertThat(out.toString()).contains("html report: " + page);
    String text = Files.readString(page, StandardCharsets.UTF_8);
    assertThat(text).startsWith("<!DOCTYPE html>").contains("晋安区");
  }

  private static String svg(String page, String id) {
    int start = page.indexOf("<svg id=\"" + id + "\"");
    return page.substring(start, page.indexOf("</svg>", start));
  }
}
