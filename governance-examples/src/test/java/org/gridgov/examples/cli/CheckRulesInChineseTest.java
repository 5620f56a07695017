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
        "26-class2-system-exit | attack.drl 第 9 行：规则“attack”中：调用了 java.lang.System",
        "35-class2-global-of-runtime | attack.drl 第 4 行：声明了类型为 java.lang.Runtime 的全局变量",
        "39-class2-type-in-a-constraint | attack.drl 第 7 行：",
        "42-class3-mvel-rule | 使用了方言“mvel”——集成方规则须用 Java 编写",
        "47-class4-metadata-sets-a-property | 会由 Drools 在编译时求值",
        "53-class4-timer-expression | 会让规则等待时间流逝",
        "54-class4-calendars | 指定了日历，而引擎的会话没有日历",
        "58-class5-while-true | attack.drl 第 9 行：规则“attack”中：使用了循环",
        "81-class2-table-system-exit | attack.drl.csv 第 9 行："
      })
  void everyProblemOfAnAttackIsInChineseAtItsFileAndLine(
      String attack, String expected, @TempDir Path dir) throws IOException {
    copy(CORPUS.resolve(attack), dir);

    assertThat(run("check-rules", "--lang", "zh", dir.toString())).isEqualTo(1);

    String report = err.toString();
    assertThat(report).contains("个问题").contains(expected);
    assertThat(report.lines().filter(l -> l.startsWith("  ")))
        .isNotEmpty()
        .allSatisfy(
            l -> assertThat(l).containsPattern("第 \\d+ 行：").containsPattern("\\p{IsHan}{2}"));
  }

  /**
   * Two lower-case Latin words in a row, such as {@code calls java} or {@code reaches the}: an
   * English sentence. Code keeps its dots, brackets and capitals ({@code
   * java.lang.System（System.exit）}, {@code new ArrayList}), so it does not match.
   */
  private static final String ENGLISH_WORDS = "(?<![\\w.])[a-z]{2,} [a-z]{2,}(?![\\w(])";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "26-class2-system-exit | 调用了 java.lang.System（System.exit）",
        "58-class5-while-true | 使用了循环（for、while 或 do 循环，或向回跳转）",
        "33-class2-helper-as-object | KnowledgeHelper 当作值使用，由此触及规则会话",
        "17-class2-class-literal | 使用了类字面量",
        "28-class2-locale-set-default | 会更改进程的区域设置",
        "61-class5-recursive-function | 直接或经由其他函数调用了自身（递归）",
        "64-class5-array-of-computed-size | 创建了大小在运行时才算出的数组",
        "66-class5-string-repeat | 会无限制地分配内存",
        "68-class5-capacity-constructor | 并给出了容量",
        "72-class5-backtracking-regex | 会使匹配耗时呈指数增长",
        "73-class5-regex-computed-at-run-time | 所用正则表达式在运行时才算出",
        "76-class5-synchronized-block | 使用了 synchronized"
      })
  void whatRefusedCodeDoesIsSaidInChineseWithItsCodeAsWritten(
      String attack, String expected, @TempDir Path dir) throws IOException {
    copy(CORPUS.resolve(attack), dir);

    assertThat(run("check-rules", "--lang", "zh", dir.toString())).isEqualTo(1);

    assertThat(err.toString()).contains(expected);
    assertThat(err.toString().lines().filter(l -> l.startsWith("  ")))
        .isNotEmpty()
        .allSatisfy(l -> assertThat(l).doesNotContainPattern(ENGLISH_WORDS));
  }

  @Test
  void theEnglishWordsOfRefusedCodeStayAsTheyWere(@TempDir Path dir) throws IOException {
    copy(CORPUS.resolve("33-class2-helper-as-object"), dir);

    assertThat(run("check-rules", "--lang", "en", dir.toString())).isEqualTo(1);

    assertThat(err.toString())
        .contains(
            "attack.drl:9: uses org.drools.core.rule.consequence.KnowledgeHelper as a value,"
                + " which reaches the rule session in rule \"attack\" — rules may call insert(...),"
                + " drools.getRule().getName() and getPackageName()");
  }

  @Test
  void aCatalogueTheRulesCannotMakeIsExplainedInChinese(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("failing.drl"),
        """
        package com.example.rules;

        import org.gridgov.rules.fact.CatalogueRequest;

        rule "a catalogue rule that fails"
        when
          CatalogueRequest()
        then
          Integer.parseInt("not a number");
        end
        """);

    assertThat(run("check-rules", "--lang", "zh", dir.toString())).isEqualTo(1);

    assertThat(err.toString())
        .contains("failing.drl 第 5 行：规则“a catalogue rule that fails”能编译，但在读取类别目录时失败：")
        .doesNotContain("compiles but fails");
  }

  private static void copy(Path folder, Path dir) throws IOException {
    try (var files = Files.list(folder)) {
      for (Path f : files.filter(p -> !p.toString().endsWith(".properties")).toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
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
