package org.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code check-rules --lang zh} over folders of the attack corpus of governance-rules: every
 * problem is reported in Chinese, at its file and line, whichever check found it (the descriptor
 * checks, the check of declarations and MVEL expressions, the bytecode verification, the compiler).
 */
class CheckRulesInChineseTest {

  private static final Path CORPUS = Path.of("../governance-rules/src/test/resources/attacks");

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return GridGovCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "02-class1-escape-quote-in-string | attack.drl 第 9 行：写了 Unicode 转义 \\u0022",
        "26-class2-system-exit | attack.drl 第 9 行：规则“attack”中：calls java.lang.System",
        "35-class2-global-of-runtime | attack.drl 第 4 行：声明了类型为 java.lang.Runtime 的全局变量",
        "39-class2-type-in-a-constraint | attack.drl 第 7 行：",
        "42-class3-mvel-rule | 使用了方言“mvel”——集成方规则须用 Java 编写",
        "47-class4-metadata-sets-a-property | 会由 Drools 在编译时求值",
        "53-class4-timer-expression | 会让规则等待时间流逝",
        "54-class4-calendars | 指定了日历，而引擎的会话没有日历",
        "58-class5-while-true | attack.drl 第 9 行：规则“attack”中：loops",
        "81-class2-table-system-exit | attack.drl.csv 第 9 行："
      })
  void everyProblemOfAnAttackIsInChineseAtItsFileAndLine(
      String attack, String expected, @TempDir Path dir) throws IOException {
    Path folder = CORPUS.resolve(attack);
    try (var files = Files.list(folder)) {
      for (Path f : files.filter(p -> !p.toString().endsWith(".properties")).toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }

    assertThat(run("check-rules", "--lang", "zh", dir.toString())).isEqualTo(1);

    String report = err.toString();
    assertThat(report).contains("个问题").contains(expected);
    assertThat(report.lines().filter(l -> l.startsWith("  ")))
        .isNotEmpty()
        .allSatisfy(
            l -> assertThat(l).containsPattern("第 \\d+ 行：").containsPattern("\\p{IsHan}{2}"));
  }

  @Test
  void aFileThatCannotBeReadIsExplainedInChinese(@TempDir Path dir) throws IOException {
    Files.write(
        dir.resolve("gbk.drl.csv"),
        "RuleSet,com.example.rules\nRuleTable 名称\n".getBytes(Charset.forName("GBK")));
    Files.writeString(dir.resolve("limits.csv"), "a,b\n");
    Files.writeString(dir.resolve("quote.drl.csv"), "RuleSet,com.example.rules\n\"RuleTable t,x\n");

    assertThat(run("check-rules", "--lang", "zh", dir.toString())).isEqualTo(1);

    assertThat(err.toString())
        .contains("共 3 个问题")
        .contains("gbk.drl.csv 第 2 行：不是 UTF-8 编码")
        .contains("limits.csv：CSV 格式的决策表应命名为 *.drl.csv，请改名为 limits.drl.csv")
        .contains("quote.drl.csv 第 2 行：单元格 A2 开头的引号在本行没有闭合")
        .doesNotContain("is not UTF-8")
        .doesNotContain("rename it");
  }
}
