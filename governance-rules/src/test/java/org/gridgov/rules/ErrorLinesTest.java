package org.gridgov.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A problem is reported where it is: the line of a consequence, the row of a table. */
class ErrorLinesTest {

  @Test
  void aJavaErrorInAConsequenceIsAtItsOwnLine(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("rules.drl"),
        """
        package org.example;
        import org.gridgov.rules.fact.*;
        rule "one"
        when
          CatalogueRequest()
        then
          String s = "a";
          int x = s.lengthh();
          insert(s);
        end
        """);

    List<RuleProblem> problems = GovernanceEngine.check(dir);

    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(8);
              assertThat(p.message()).contains("lengthh()");
            });
  }

  /**
   * Plain mistakes in a consequence are shown as the compiler says them, at their own line: the
   * checks of what a file uses look at what compiles, and never stand in for the syntax error.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a missing semicolon | String t = \"b\" | insert(t); | 7 | Syntax error, insert \";\"",
        "an unclosed brace | if (true) { | insert(\"b\"); | 9 | Syntax error, insert \"}\"",
        "a misspelt type | Strin t = \"b\"; | insert(t); | 7 | Strin cannot be resolved to a type"
      })
  void aPlainSyntaxMistakeIsShownAsTheCompilerSaysItAtItsLine(
      String mistake, String first, String second, int line, String message, @TempDir Path dir)
      throws IOException {
    Files.writeString(
        dir.resolve("rules.drl"),
        "package org.example;\n"
            + "import org.gridgov.rules.fact.*;\n"
            + "rule \"one\"\n"
            + "when\n"
            + "  CatalogueRequest()\n"
            + "then\n"
            + "  "
            + first
            + "\n  "
            + second
            + "\nend\n");

    List<RuleProblem> problems = GovernanceEngine.check(dir);

    assertThat(problems)
        .as(mistake)
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.file()).isEqualTo("rules.drl"))
        .anySatisfy(
            p -> {
              assertThat(p.line()).isEqualTo(line);
              assertThat(p.message()).contains(message);
            })
        .noneSatisfy(p -> assertThat(p.message()).contains("returns"));
  }

  @Test
  void aSyntaxErrorInAConsequenceIsAtItsOwnLineWhateverComesBefore(@TempDir Path dir)
      throws IOException {
    Files.writeString(
        dir.resolve("rules.drl"),
        """
        package org.example;
        import org.gridgov.rules.fact.*;
        import java.util.List;
        import java.math.BigDecimal;

        rule "first"
        when
          CatalogueRequest()
        then
          insert("first");
        end

        rule "two"
          salience 3
        when
          CatalogueRequest()
        then String t = "b";
          String u = "c";
          int y = 1 +;
          insert(t);
        end
        """);

    List<RuleProblem> problems = GovernanceEngine.check(dir);

    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(19);
              assertThat(p.message()).contains("Syntax error");
            });
  }

  @Test
  void aJavaErrorInATableActionIsAtItsRow(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("table.drl.csv"),
        """
        RuleSet,org.example.table,,
        Import,org.gridgov.rules.fact.CatalogueRequest,,
        ,,,
        RuleTable Actions,,,
        NAME,CONDITION,ACTION
        ,$request : CatalogueRequest,
        ,"1 == $param","insert(""x"" + ($param));"
        Rule,Defined,Code
        a row,1,1
        b row,1,1 +
        """);

    List<RuleProblem> problems = GovernanceEngine.check(dir);

    assertThat(problems).isNotEmpty().allSatisfy(p -> assertThat(p.line()).isEqualTo(10));
  }

  @Test
  void aMetadataCellLeftOpenIsAtItsRow(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("table.drl.csv"),
        """
        RuleSet,org.example.table,,
        Import,org.gridgov.rules.fact.CatalogueRequest,,
        ,,,
        RuleTable Meta,,,
        NAME,CONDITION,ACTION,METADATA
        ,$request : CatalogueRequest,,
        ,"1 == $param","insert(""x"");",$param
        Rule,Defined,Code,
        a row,1,"1",fine
        b row,1,"1",meta("unclosed
        """);

    List<RuleProblem> problems = GovernanceEngine.check(dir);

    assertThat(problems)
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.line()).isEqualTo(10))
        .anySatisfy(p -> assertThat(p.message()).contains("b row"));
  }
}
