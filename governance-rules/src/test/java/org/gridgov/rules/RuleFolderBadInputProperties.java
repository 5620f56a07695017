package org.gridgov.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.gridgov.rules.BadRuleFiles.Broken;
import org.gridgov.rules.decision.Decision;
import org.gridgov.rules.fact.CatalogueRequest;

/**
 * Broken integrator rule files: {@link GovernanceEngine#check} and the builder report each with the
 * file it is in and a line near the break (a decision table's row), in the integrator's words
 * rather than the compiler's, never blaming the valid file beside it, and a reload on a broken
 * folder keeps the rules in force. Each try compiles a folder, which takes a good part of a second,
 * so each property tries few files and never the same one twice.
 */
class RuleFolderBadInputProperties {

  /** The longest a problem's message may be. */
  private static final int LONGEST_MESSAGE = 5_000;

  /**
   * An order for the integrator's category and an ask for the catalogue, which both files add to.
   */
  private static final List<Object> FACTS =
      List.of(new CatalogueRequest(), BadRuleFiles.RIDER_CASE);

  private static Path folder;
  private static GovernanceEngine engine;

  @BeforeContainer
  static void buildAnEngineOnAGoodFolder() throws IOException {
    folder = Files.createTempDirectory("good-rules");
    Files.writeString(folder.resolve(BadRuleFiles.BYSTANDER_NAME), BadRuleFiles.BYSTANDER);
    Files.writeString(folder.resolve(BadRuleFiles.DRL_NAME), String.join("\n", BadRuleFiles.DRL));
    Files.writeString(
        folder.resolve(BadRuleFiles.TABLE_NAME), String.join("\n", BadRuleFiles.TABLE) + "\n");
    engine = GovernanceEngine.builder().rules(folder).build();
  }

  @AfterContainer
  static void removeTheFolder() {
    BadRuleFiles.delete(folder);
  }

  /** The arbitrary without the values it has already given: each try compiles something new. */
  private static Arbitrary<Broken> unique(Arbitrary<Broken> all) {
    Set<String> seen = ConcurrentHashMap.newKeySet();
    return all.filter(b -> seen.add(b.name() + "\n" + b.text()));
  }

  @Provide
  Arbitrary<Broken> brokenDrl() {
    return unique(BadRuleFiles.brokenDrl());
  }

  @Provide
  Arbitrary<Broken> brokenTables() {
    return unique(BadRuleFiles.brokenTables());
  }

  @Provide
  Arbitrary<Broken> brokenFiles() {
    return unique(Arbitraries.oneOf(BadRuleFiles.brokenDrl(), BadRuleFiles.brokenTables()));
  }

  @Property(tries = 20, shrinking = ShrinkingMode.OFF)
  void aBrokenRuleFileIsReportedAtItsFileAndLineByCheckAndByTheBuilder(
      @ForAll("brokenDrl") Broken broken) {
    checkAndBuild(broken);
  }

  /**
   * Cut off here, the parser fails inside with a NullPointerException of its own and gives the line
   * only in its message.
   */
  @Example
  void aFileCutOffWhereTheParserFailsInsideIsReportedAtItsLineWithoutTheParsersException() {
    Broken broken = BadRuleFiles.truncatedAt(277);
    checkAndBuild(broken);

    Path dir = BadRuleFiles.folderWith(broken);
    try {
      assertThat(GovernanceEngine.check(dir))
          .allSatisfy(p -> assertThat(p.message()).doesNotContain("java.lang."));
    } finally {
      BadRuleFiles.delete(dir);
    }
  }

  @Property(tries = 20, shrinking = ShrinkingMode.OFF)
  void aBrokenDecisionTableIsReportedAtItsFileByCheckAndByTheBuilder(
      @ForAll("brokenTables") Broken broken) {
    checkAndBuild(broken);
  }

  private static void checkAndBuild(Broken broken) {
    Path dir = BadRuleFiles.folderWith(broken);
    try {
      List<RuleProblem> checked = GovernanceEngine.check(dir);
      assertBlamed(broken, checked);

      RuleLoadException refused = buildRefusal(dir);

      assertThat(refused.problems()).isEqualTo(checked);
    } finally {
      BadRuleFiles.delete(dir);
    }
  }

  @Property(tries = 15, shrinking = ShrinkingMode.OFF)
  void aReloadOnABrokenFolderFailsAndKeepsTheRulesInForce(@ForAll("brokenFiles") Broken broken)
      throws IOException {
    List<Decision> before = engine.decide(FACTS);
    List<Decision> catalogue = engine.catalogue();
    List<String> replacements = engine.replacements();
    assertThat(before)
        .extracting(Decision::rule)
        .contains(
            "warm-station requests go to the paired unit",
            "routine warm-station requests are accepted within 2 working hours");
    Path file = folder.resolve(broken.name());
    String good = Files.readString(file);
    Files.writeString(file, broken.text());
    try {
      assertBlamed(broken, reloadRefusal().problems());
    } finally {
      Files.writeString(file, good);
    }

    assertThat(engine.catalogue()).isSameAs(catalogue);
    assertThat(engine.replacements()).isEqualTo(replacements);
    assertThat(engine.decide(FACTS)).isEqualTo(before);
  }

  /**
   * Checks that the problems blame the broken file alone, each with a message of bounded length in
   * the integrator's words, and that one of them names a line where the file is broken, if the
   * broken version knows it.
   */
  private static void assertBlamed(Broken broken, List<RuleProblem> problems) {
    assertThat(problems).as("%s", broken).isNotEmpty();
    for (RuleProblem p : problems) {
      assertThat(p.file()).as("%s: %s", broken, p).isEqualTo(broken.name());
      assertThat(p.message()).as("%s: %s", broken, p).isNotBlank();
      assertThat(p.message().length()).as("%s: %s", broken, p).isLessThan(LONGEST_MESSAGE);
      // the integrator's words: not the path the compiler gave the file, nor a class it generated
      assertThat(p.message())
          .as("%s: %s", broken, p)
          .doesNotContain("compilation-")
          .doesNotContain("[null]")
          .doesNotContainPattern("Rule_\\w+\\d");
    }
    if (broken.lastLine() > 0) {
      assertThat(problems)
          .as("%s, lines %d to %d", broken, broken.firstLine(), broken.lastLine())
          .anyMatch(p -> p.line() >= broken.firstLine() && p.line() <= broken.lastLine());
    }
  }

  private static RuleLoadException buildRefusal(Path dir) {
    try {
      GovernanceEngine.builder().rules(dir).build();
    } catch (RuleLoadException e) {
      return e;
    }
    throw new AssertionError("an engine was built on the broken folder " + dir);
  }

  private static RuleLoadException reloadRefusal() {
    try {
      engine.reload();
    } catch (RuleLoadException e) {
      return e;
    }
    throw new AssertionError("the broken folder " + folder + " was loaded");
  }
}
