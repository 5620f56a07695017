package org.gridgov.examples.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gridgov.core.common.Messages;
import org.junit.jupiter.api.Test;

/**
 * Every word a reader of the command line or the report reads comes from a bundle that has it in
 * English and in Chinese: the bundles are complete, and the CLI and report sources hold no English
 * phrase outside them but the ones listed here, each with the reason it may stay.
 */
class UserFacingTextTest {

  private static final Path MAIN = Path.of("src/main/java/org/gridgov/examples");

  /** The sources whose texts readers read. */
  private static final List<Path> SOURCES =
      List.of(
          MAIN.resolve("cli"),
          MAIN.resolve("summary"),
          MAIN.resolve("simulation/SimulationReport.java"),
          MAIN.resolve("simulation/HtmlReport.java"),
          MAIN.resolve("simulation/EvaluationHtml.java"),
          MAIN.resolve("text"));

  /** English phrases that may stay in the sources, each with why. */
  private static final Map<String, String> ALLOWED =
      Map.ofEntries(
          Map.entry(
              "official holidays of further years (holiday-cn JSON, calendar JSON or .ics), in"
                  + " place of",
              "the English help of --holidays, an annotation value; Chinese in help_zh"),
          Map.entry(
              " their provisional days; repeat for several years",
              "the English help of --holidays, an annotation value; Chinese in help_zh"),
          Map.entry("gridgov route", "the actor of the reported order, recorded, not shown"),
          Map.entry("gridgov sweep", "the actor of the reported order, recorded, not shown"),
          Map.entry("read from ", "the reason of the report event, recorded, not shown"),
          Map.entry(
              ": the district has no such subject for this order",
              "the routing engine's English ending, matched to show it by name"),
          Map.entry("yyyy-MM-dd HH:mm", "the pattern of a local time, not words"),
          Map.entry("(development build)", "the version line, printed by picocli's --version"),
          Map.entry(
              "a load exception names at least one problem", "a programming error, not input"));

  private static final Pattern LITERAL = Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"");
  private static final Pattern PHRASE = Pattern.compile("[A-Za-z]{2,}[ ,:;()]+[a-z]{2,}");
  private static final Pattern ANNOTATION = Pattern.compile("@(Command|Option|Parameters)\\(");

  @Test
  void theExamplesBundleHasEveryKeyInEnglishAndInChinese() {
    assertThat(Messages.of(Texts.BUNDLE).problems()).isEmpty();
  }

  @Test
  void noEnglishPhraseIsWrittenOutsideTheBundles() throws IOException {
    List<String> found = new ArrayList<>();
    List<String> scanned = new ArrayList<>();
    for (Path source : SOURCES) {
      List<Path> files;
      try (Stream<Path> s = Files.walk(source)) {
        files = s.filter(p -> p.toString().endsWith(".java")).toList();
      }
      for (Path file : files) {
        for (String literal : literalsOutsideAnnotations(Files.readString(file))) {
          scanned.add(literal);
          boolean markup =
              literal.contains("<") || literal.contains("=\"") || literal.startsWith("\">");
          if (!markup && PHRASE.matcher(literal).find() && !ALLOWED.containsKey(literal)) {
            found.add(file.getFileName() + ": \"" + literal + "\"");
          }
        }
      }
    }
    // the scan sees the sources' literals, the allowed phrases among them
    assertThat(scanned).contains("gridgov route", "read from ");
    assertThat(found).isEmpty();
  }

  /**
   * The string literals of a source, without those in comments and in picocli's annotations (the
   * English help, whose Chinese is the help_zh bundle; a test of the CLI checks it is complete).
   */
  private static List<String> literalsOutsideAnnotations(String file) {
    // text blocks are the report's style sheet, not words
    // and a character literal such as '"' is no string
    String source =
        file.replaceAll("(?s)\"\"\".*?\"\"\"", "").replaceAll("'(?:\\\\.|[^'\\\\])'", "' '");
    List<String> literals = new ArrayList<>();
    StringBuilder masked = new StringBuilder();
    Matcher m = LITERAL.matcher(source);
    int last = 0;
    while (m.find()) {
      String before = source.substring(last, m.start());
      masked.append(before).append("\"").append(literals.size()).append("\"");
      String text = m.group();
      literals.add(text.substring(1, text.length() - 1).replace("\\\"", "\""));
      last = m.end();
    }
    masked.append(source.substring(last));
    String code = masked.toString().replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
    StringBuilder outside = new StringBuilder();
    Matcher a = ANNOTATION.matcher(code);
    int from = 0;
    while (a.find(from)) {
      outside.append(code, from, a.start());
      int depth = 0;
      int i = a.end() - 1;
      do {
        char c = code.charAt(i++);
        depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      } while (depth > 0);
      from = i;
    }
    outside.append(code.substring(from));
    List<String> kept = new ArrayList<>();
    Matcher index = Pattern.compile("\"(\\d+)\"").matcher(outside);
    while (index.find()) {
      kept.add(literals.get(Integer.parseInt(index.group(1))));
    }
    return kept;
  }
}
