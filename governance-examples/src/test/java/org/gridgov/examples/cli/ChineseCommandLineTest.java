package org.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line in Chinese: {@code --lang zh}, or a system whose locale is Chinese. */
class ChineseCommandLineTest {

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
         "grid": "350111001001001", "summary": "楼上漏水"}
        """);
    return file;
  }

  @Test
  void routeExplainsTheDecisionInChineseWithBeijingTimes(@TempDir Path dir) throws IOException {
    Path order = order(dir);

    assertThat(run("route", "--lang", "zh", "--at", "2024-03-04T01:00:00Z", order.toString()))
        .as(err::toString)
        .isZero();

    String text = out.toString();
    assertThat(text)
        .contains("工单        WO-1（邻里纠纷 SERVICE_DISPUTE，一般）")
        .contains("［社区居委会 ")
        .contains("决定规则    纠纷由社区调解（disputes are mediated by the community）")
        .contains("派单时间    2024-03-04 09:00 (+08:00)")
        .contains("时限规则    一般工单1个工作日内接单、5个工作日内办结（routine orders are accepted within")
        .contains("接单时限    2024-03-05 ")
        .contains("参与比较的规则")
        .containsPattern("→ 社区居委会（优先级 -?\\d+）")
        .doesNotContain("COMMUNITY_COMMITTEE (")
        .doesNotContain("responsible")
        .doesNotContain("T01:00");
  }

  @Test
  void aRouteStoppedAtTheFiringBoundIsExplainedInChinese(@TempDir Path dir) throws IOException {
    Path order = order(dir);
    Path rules = Files.createDirectories(dir.resolve("rules"));
    Files.writeString(
        rules.resolve("loops.drl"),
        """
        package com.example.rules;

        import org.gridgov.rules.fact.RoutingCase;

        rule "counts for ever"
        when
          RoutingCase()
          $i : Integer()
        then
          insert(Integer.valueOf($i + 1));
        end

        rule "starts counting"
        when
          RoutingCase()
        then
          insert(Integer.valueOf(0));
        end
        """);

    assertThat(run("route", "--lang", "zh", "--rules", rules.toString(), order.toString()))
        .isEqualTo(1);

    assertThat(err.toString())
        .contains("次后在 com.example.rules \"counts for ever\" 中被停止")
        .contains("引擎继续为其他调用服务")
        .doesNotContain("RuleLimitException")
        .doesNotContain("the rules fired");
  }

  @Test
  void englishStaysAsItWasWithLangEnAndNamesTheCategoryInEnglish(@TempDir Path dir)
      throws IOException {
    Path order = order(dir);

    assertThat(run("route", "--lang", "en", "--at", "2024-03-04T01:00:00Z", order.toString()))
        .isZero();

    assertThat(out.toString())
        .contains("order        WO-1 (Neighbour disputes SERVICE_DISPUTE, ROUTINE)")
        .doesNotContain("邻里纠纷")
        .contains("rule         disputes are mediated by the community")
        .contains("at           2024-03-04T09:00+08:00")
        .containsPattern("→ COMMUNITY_COMMITTEE \\(-?\\d+\\)");
  }

  /**
   * Routes the dispute with a rule folder whose rule outranks the matrix with a target the order
   * has no subject for: the order names no compound, so no property company.
   */
  private String routePassingOverARule(Path dir, String lang) throws IOException {
    Path rules = Files.createDirectories(dir.resolve("rules"));
    Files.writeString(
        rules.resolve("disputes.drl"),
        """
        package org.gridgov.local.disputes;

        import org.gridgov.rules.fact.*;
        import org.gridgov.rules.decision.RouteCandidate;

        rule "disputes go to the property company"
        when
          $case : RoutingCase(topic == Topic.DISPUTE)
        then
          insert(RouteCandidate.of($case, RoutingTarget.PROPERTY_COMPANY, 900, "none", "normally",
              drools.getRule().getName()));
        end
        """);
    String[] args = {
      "route",
      "--lang",
      lang,
      "--rules",
      rules.toString(),
      "--at",
      "2024-03-04T01:00:00Z",
      order(dir).toString()
    };
    assertThat(run(args)).as(err::toString).isZero();
    return out.toString();
  }

  @Test
  void routeSaysInChineseWhyARuleOfHigherPriorityWasPassedOver(@TempDir Path dir)
      throws IOException {
    String text = routePassingOverARule(dir, "zh");

    String considered = text.substring(text.indexOf("参与比较的规则"));
    assertThat(considered.lines().skip(1).findFirst().orElseThrow())
        .startsWith("  纠纷由社区调解（disputes are mediated by the community） → 社区居委会（优先级 ");
    assertThat(considered)
        .contains("  disputes go to the property company → 物业企业（优先级 900）：本区没有可承接此工单的该类主体")
        .doesNotContain("PROPERTY_COMPANY")
        .doesNotContain("no such subject");
  }

  @Test
  void routeSaysInEnglishWhyARuleOfHigherPriorityWasPassedOverAsBefore(@TempDir Path dir)
      throws IOException {
    assertThat(routePassingOverARule(dir, "en"))
        .containsPattern(
            "\\n  disputes are mediated by the community → COMMUNITY_COMMITTEE \\(-?\\d+\\)\\n")
        .contains(
            "  disputes go to the property company → PROPERTY_COMPANY (900): the district has no"
                + " such subject for this order");
  }

  @Test
  void sweepNamesItsDecisionsInChinese(@TempDir Path dir) throws IOException {
    int code =
        run(
            "sweep",
            "--lang",
            "zh",
            order(dir).toString(),
            "--dispatched",
            "2024-03-04T09:00:00+08:00",
            "--at",
            "2024-03-06T09:00:00+08:00");

    assertThat(code).as(err::toString).isZero();
    assertThat(out.toString())
        .contains("邻里纠纷 SERVICE_DISPUTE")
        .contains("逐级升级")
        .doesNotContain("EscalationStep");
  }

  @Test
  void aChineseSystemLocaleChoosesChineseAndLangEnOverridesIt() {
    assertThat(Lang.of(new String[] {"route"}, Locale.SIMPLIFIED_CHINESE)).isEqualTo(Lang.zh);
    assertThat(Lang.of(new String[] {"route"}, Locale.TRADITIONAL_CHINESE)).isEqualTo(Lang.zh);
    assertThat(Lang.of(new String[] {"route"}, Locale.US)).isEqualTo(Lang.en);
    assertThat(Lang.of(new String[] {"--lang=en", "route"}, Locale.CHINA)).isEqualTo(Lang.en);
    assertThat(Lang.of(new String[] {"route", "--", "--lang", "zh"}, Locale.US)).isEqualTo(Lang.en);
  }

  @Test
  void anUnknownLanguageIsAWrongCommandLine() {
    assertThat(run("summary", "--lang", "fr")).isEqualTo(2);
    assertThat(err.toString()).contains("--lang").contains("zh, en");
  }

  @Test
  void aWrongCommandLineIsToldInChineseWithPicoclisExitCode() {
    assertThat(run("summary", "--lang", "zh", "--distrikt", "x")).isEqualTo(2);
    assertThat(err.toString())
        .startsWith("未知选项：--distrikt")
        .contains("您是否想输入：--district")
        .doesNotContain("Unknown option")
        .doesNotContain("Possible solutions");
    err.getBuffer().setLength(0);

    assertThat(run("route", "--lang", "zh")).isEqualTo(2);
    assertThat(err.toString()).startsWith("缺少必需的参数：ORDER.json");
    err.getBuffer().setLength(0);

    assertThat(run("summary", "--lang", "zh", "--seed", "abc")).isEqualTo(2);
    assertThat(err.toString()).startsWith("--seed 的值无效：“abc”");
    err.getBuffer().setLength(0);

    assertThat(run("--lang", "zh", "simulat")).isEqualTo(2);
    assertThat(err.toString())
        .startsWith("未知命令：simulat")
        .contains("您是否想输入：simulate")
        .doesNotContain("Did you mean");
  }

  @Test
  void aWrongCommandLineIsPicoclisOwnInEnglish() {
    assertThat(run("summary", "--lang", "en", "--distrikt", "x")).isEqualTo(2);

    assertThat(err.toString())
        .startsWith("Unknown options: '--distrikt', 'x'")
        .contains("Possible solutions: --district");
  }

  @Test
  void aDistrictFilesProblemsArePrintedInChineseWithTheirPaths(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("district.json");
    Files.writeString(
        file,
        """
        {"district": {"code": "350111", "name": "晋安区"}, "streets": 7}
        """);

    assertThat(run("summary", "--lang", "zh", "--district", file.toString())).isEqualTo(1);

    assertThat(err.toString()).contains("$.streets（第 1 行）：应为数组，实为数字：7");
  }

  @Test
  void aRefusalIsPrintedInChinese(@TempDir Path dir) {
    assertThat(run("route", "--lang", "zh", dir.resolve("none.json").toString())).isEqualTo(1);

    assertThat(err.toString()).startsWith("文件不存在：").contains("（请检查 ORDER.json）");
  }

  @Test
  void checkRulesReportsProblemsInChineseWithFileAndLine(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("limits.drl"),
        """
        package org.gridgov.local;
        import org.gridgov.rules.fact.SlaQuery;
        rule "ask nothing"
        when
          SlaQuery(urgency == "URGNT")
        then
        end
        """);

    assertThat(run("check-rules", "--lang", "zh", dir.toString())).isEqualTo(1);

    assertThat(err.toString())
        .contains("：共 1 个问题")
        .contains("limits.drl 第 5 行：“URGNT”不是 Urgency")
        .contains("该规则永远不会匹配");
  }

  @Test
  void helpIsInChinese() {
    assertThat(run("route", "--lang", "zh", "--help")).isZero();

    assertThat(out.toString())
        .contains("用法")
        .contains("派单")
        .contains("--lang")
        .contains("输出和帮助的语言");
  }

  @Test
  void summaryAndCalendarSpeakChinese() {
    assertThat(run("summary", "--lang", "zh")).as(err::toString).isZero();
    assertThat(out.toString())
        .contains("街道和乡镇：9 个")
        .contains("按来源报告的数据填充（随机种子 2024）")
        .contains("网格员")
        .contains("物业模式：")
        .doesNotContain("grid workers");
    out.getBuffer().setLength(0);

    assertThat(run("calendar", "--lang", "zh", "2024-02-01", "2024-02-29")).isZero();
    assertThat(out.toString())
        .contains("2024-02-01 之后至 2024-02-29（含）共 ")
        .contains("2024-02-10（周六）法定节假日")
        .contains("调休工作日");
  }

  @Test
  void everyCommandOptionAndParameterHasChineseHelp() {
    picocli.CommandLine line = new picocli.CommandLine(new GridGovCommand());
    line.setResourceBundle(java.util.ResourceBundle.getBundle(GridGovCommand.HELP, Locale.CHINESE));
    java.util.List<String> missing = new java.util.ArrayList<>();
    java.util.List<picocli.CommandLine> commands = new java.util.ArrayList<>();
    commands.add(line);
    commands.addAll(line.getSubcommands().values());
    for (picocli.CommandLine c : commands) {
      picocli.CommandLine.Model.CommandSpec spec = c.getCommandSpec();
      if (!chinese(String.join(" ", spec.usageMessage().description()))) {
        missing.add(spec.qualifiedName() + " (description)");
      }
      spec.options().stream()
          .filter(o -> !chinese(String.join(" ", o.description())))
          .forEach(o -> missing.add(spec.qualifiedName() + " " + o.longestName()));
      spec.positionalParameters().stream()
          .filter(p -> !chinese(String.join(" ", p.description())))
          .forEach(p -> missing.add(spec.qualifiedName() + " " + p.paramLabel()));
    }
    assertThat(missing).isEmpty();
  }

  private static boolean chinese(String text) {
    return text.codePoints()
        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  @Test
  void simulatePrintsAChineseSummaryAndWritesAChineseReport(@TempDir Path dir) throws IOException {
    Path report = dir.resolve("report");

    assertThat(
            run(
                "simulate",
                "--lang",
                "zh",
                "--volume",
                "200",
                "--seed",
                "7",
                "--out",
                report.toString()))
        .as(err::toString)
        .isZero();

    String summary = out.toString();
    assertThat(summary)
        .contains("模拟 2022-01-01 至 2023-11-30，随机种子 7")
        .contains("办结率 ")
        .contains("按期办结率 ")
        .contains("满意率 ")
        .contains("返工率 ")
        .contains("联席会议：召开 ")
        .contains("薄弱网格：")
        .contains("网页报告：");
    // codes and numbers aside, no English word is left: file names are the only Latin words
    assertThat(
            java.util.regex.Pattern.compile("[A-Za-z]{3,}")
                .matcher(
                    summary
                        .replace(report.toString(), "")
                        .replace("report.json", "")
                        .replace("report.html", ""))
                .results()
                .map(java.util.regex.MatchResult::group)
                .filter(w -> !w.equals(w.toUpperCase(Locale.ROOT)))
                .toList())
        .as(summary)
        .isEmpty();
    String html = Files.readString(report.resolve("report.html"));
    assertThat(html).contains("<html lang=\"zh-CN\">").contains("<h2>升级漏斗</h2>");
    com.fasterxml.jackson.databind.JsonNode json =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(report.resolve("report.json").toFile());
    assertThat(json.path("kpis").has("closureRate")).isTrue();
    assertThat(json.path("language").asText()).isEqualTo("zh");
    assertThat(json.path("displayNames").path("kpis").path("closureRate").asText())
        .isEqualTo("办结率");
    assertThat(json.path("displayNames").path("escalations").path("STREET").asText())
        .isEqualTo("街道（镇）");
  }
}
