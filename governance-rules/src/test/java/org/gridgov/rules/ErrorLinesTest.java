package org.gridgov.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
