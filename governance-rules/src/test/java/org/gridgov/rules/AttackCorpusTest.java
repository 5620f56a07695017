package org.gridgov.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A corpus of attacks on the engine through integrator rule files (src/test/resources/attacks), one
 * folder each, in the five ways a rule file was found to get past a check of what is written: two
 * readings that disagree (unicode escapes), names that reach types no list names, the MVEL dialect,
 * code Drools runs while it compiles, and code without limits when it runs. Each is refused when
 * the folder is checked, at its file and line and with what it uses, or contained when it runs: the
 * call fails in bounded time naming the rule, and the next call succeeds. Each decision table of
 * the corpus is tried as a spreadsheet too.
 */
class AttackCorpusTest {

  private static final Path CORPUS = Path.of("src/test/resources/attacks");

  /** The time a contained attack's call must fail within, on a loaded machine. */
  private static final Duration BOUND = Duration.ofSeconds(60);

  /** One attack: its folder, its file, and what the engine must do with it. */
  record Attack(String name, Path file, String outcome, int line, String uses, boolean xlsx) {

    @Override
    public String toString() {
      return name + (xlsx ? " (xlsx)" : "");
    }
  }

  static Stream<Attack> attacks() throws IOException {
    List<Attack> attacks = new ArrayList<>();
    try (Stream<Path> folders = Files.list(CORPUS)) {
      for (Path folder : folders.sorted().toList()) {
        Properties expected = new Properties();
        try (Reader in = Files.newBufferedReader(folder.resolve("expected.properties"))) {
          expected.load(in);
        }
        Path file = folder.resolve(expected.getProperty("file"));
        String marker = expected.getProperty("marker");
        int line = marker.startsWith("#row ") ? Integer.parseInt(marker.substring(5)) : 0;
        if (line == 0 && !marker.isEmpty()) {
          List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
          for (int i = 0; i < lines.size() && line == 0; i++) {
            line = lines.get(i).contains(marker) ? i + 1 : 0;
          }
          assertThat(line).as(folder + ": marker " + marker).isPositive();
        }
        String name = folder.getFileName().toString();
        String outcome = expected.getProperty("outcome");
        String uses = expected.getProperty("uses");
        attacks.add(new Attack(name, file, outcome, line, uses, false));
        if (file.toString().endsWith(".drl.csv")) {
          attacks.add(new Attack(name, file, outcome, line, uses, true));
        }
      }
    }
    return attacks.stream();
  }

  @Test
  void theCorpusHoldsEveryClassOfAttackInDrlAndInTables() throws IOException {
    List<Attack> all = attacks().toList();

    assertThat(all.stream().filter(a -> !a.xlsx()).count()).isGreaterThanOrEqualTo(60);
    for (int c = 1; c <= 5; c++) {
      String tag = "-class" + c + "-";
      assertThat(all)
          .as("class " + c)
          .anyMatch(a -> a.name().contains(tag) && a.file().toString().endsWith(".drl"))
          .anyMatch(a -> a.name().contains(tag) && a.file().toString().endsWith(".drl.csv"))
          .anyMatch(a -> a.name().contains(tag) && a.xlsx());
    }
  }

  /** Puts the attack's file into a folder of its own, as a spreadsheet if asked. */
  private static String install(Attack a, Path dir) throws IOException {
    if (a.xlsx()) {
      SpreadsheetTablesTest.writeXlsx(
          Files.readAllLines(a.file(), StandardCharsets.UTF_8),
          dir.resolve("attack.xlsx"),
          "Attack");
      return "attack.xlsx";
    }
    String name = a.file().getFileName().toString();
    Files.copy(a.file(), dir.resolve(name));
    return name;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("attacks")
  void anAttackIsRefusedAtItsLineOrContainedWhenItRuns(Attack a, @TempDir Path dir)
      throws IOException {
    String file = install(a, dir);

    List<RuleProblem> problems =
        assertTimeoutPreemptively(BOUND, () -> GovernanceEngine.check(dir));

    if (a.outcome().equals("refused")) {
      assertThat(problems)
          .as(problems.toString())
          .isNotEmpty()
          .allSatisfy(p -> assertThat(p.file()).isEqualTo(file))
          .anySatisfy(
              p -> {
                assertThat(p.line()).isEqualTo(a.line());
                assertThat(p.message()).contains(a.uses());
              });
      assertThatThrownBy(() -> GovernanceEngine.builder().rules(dir).build())
          .isInstanceOf(RuleLoadException.class);
      return;
    }
    assertThat(problems).isEmpty();
    GovernanceEngine engine = GovernanceEngine.builder().rules(dir).build();

    assertTimeoutPreemptively(
        BOUND,
        () ->
            assertThatThrownBy(() -> engine.decide(List.of(1)))
                .isInstanceOfSatisfying(
                    RuleLimitException.class, e -> assertThat(e.rule()).contains(a.uses())));
    assertThat(engine.decide(List.of())).isEmpty();
    assertThat(engine.catalogue()).isNotEmpty();
  }

  @Test
  void checkingAFolderRunsNoneOfItsCode(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("compile-time.drl"),
        """
        package org.gridgov.attack;
        import org.gridgov.rules.fact.*;

        declare Holder
          x : String = System.setProperty("gridgov.attack.initialiser", "ran")
        end

        rule "metadata that would run"
          @meta(System.setProperty("gridgov.attack.metadata", "ran"))
          @spin(java.util.stream.Stream.iterate(1, x -> x).count())
        when
          CatalogueRequest()
        then
          insert("x");
        end
        """);

    List<RuleProblem> problems =
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> GovernanceEngine.check(dir));

    assertThat(problems)
        .extracting(RuleProblem::message)
        .anySatisfy(m -> assertThat(m).contains("@meta(").contains("evaluate while compiling"))
        .anySatisfy(m -> assertThat(m).contains("@spin("))
        .anySatisfy(m -> assertThat(m).contains("field x starts as"));
    assertThat(System.getProperty("gridgov.attack.metadata")).isNull();
    assertThat(System.getProperty("gridgov.attack.initialiser")).isNull();
  }
}
