package org.gridgov.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gridgov.rules.decision.CategoryDefinition;
import org.gridgov.rules.decision.Decision;
import org.gridgov.rules.fact.Topic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GovernanceEngineTest {

  private static final GovernanceEngine DEFAULTS = GovernanceEngine.builder().build();
  private static final Path DEFAULT_CATEGORIES =
      Path.of("src/main/resources/org/gridgov/rules/routing/categories/categories.drl.csv");

  private static List<CategoryDefinition> categories(GovernanceEngine engine) {
    return engine.catalogue().stream()
        .filter(CategoryDefinition.class::isInstance)
        .map(CategoryDefinition.class::cast)
        .toList();
  }

  @Test
  void theDefaultRulesDefineTheCategoryList() {
    List<CategoryDefinition> categories = categories(DEFAULTS);

    assertThat(categories).hasSize(24);
    CategoryDefinition emergency =
        categories.stream()
            .filter(c -> c.category().code().equals("EVENT_EMERGENCY"))
            .findFirst()
            .orElseThrow();
    assertThat(emergency.topic()).isEqualTo(Topic.SAFETY);
    assertThat(emergency.name()).isEqualTo("突发事件");
    assertThat(emergency.rule()).isEqualTo("category EVENT_EMERGENCY");
  }

  @Test
  void everyDefaultCategoryHasAChineseAndAnEnglishName() {
    assertThat(categories(DEFAULTS))
        .hasSize(24)
        .allSatisfy(
            c -> {
              assertThat(c.name()).as(c.category().code()).isNotBlank();
              assertThat(c.englishName()).as(c.category().code()).isNotBlank();
              assertThat(c.name(Locale.CHINESE)).isEqualTo(c.name());
              assertThat(c.name(Locale.ENGLISH)).isEqualTo(c.englishName());
            });
    assertThat(categories(DEFAULTS))
        .filteredOn(c -> c.category().code().equals("SERVICE_DISPUTE"))
        .singleElement()
        .satisfies(c -> assertThat(c.name(Locale.ENGLISH)).isEqualTo("Neighbour disputes"));
  }

  @Test
  void aCategoryTableWithoutTheEnglishColumnStillLoadsAndNamesItsCategoriesInChinese(
      @TempDir Path dir) throws IOException {
    String today = Files.readString(DEFAULT_CATEGORIES);
    String before =
        today
            .replace(
                "\"\"$2\"\", \"\"$3\"\", CategoryClass.$4, Topic.$5, MatterKind.$6,"
                    + " \"\"$7\"\".equals(\"\"NONE\"\") ? \"\"\"\" : \"\"$7\"\"",
                "\"\"$2\"\", CategoryClass.$3, Topic.$4, MatterKind.$5,"
                    + " \"\"$6\"\".equals(\"\"NONE\"\") ? \"\"\"\" : \"\"$6\"\"")
            .replaceAll("(?m)^(category \\w+,defined,\"\\w+, [^,]+), [^,]+,", "$1,");
    assertThat(before).doesNotContain("$7").doesNotContain("Neighbour disputes");
    Files.writeString(dir.resolve("categories.drl.csv"), before);

    assertThat(GovernanceEngine.check(dir)).isEmpty();
    GovernanceEngine engine = GovernanceEngine.builder().rules(dir).build();

    assertThat(categories(engine))
        .hasSize(24)
        .allSatisfy(
            c -> {
              assertThat(c.englishName()).isEmpty();
              assertThat(c.name(Locale.ENGLISH)).isEqualTo(c.name()).isNotBlank();
            });
  }

  @Test
  void anIntegratorFolderAddsACategory(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("local.drl"),
        """
        package org.gridgov.local;
        import org.gridgov.rules.fact.*;
        import org.gridgov.rules.decision.CategoryDefinition;
        import org.gridgov.core.lists.MatterKind;

        rule "category SERVICE_DELIVERY_RIDER_REST"
        when
          CatalogueRequest()
        then
          insert(CategoryDefinition.of("SERVICE_DELIVERY_RIDER_REST", "骑手驿站服务",
              CategoryClass.SERVICE, Topic.GENERAL, MatterKind.ASSISTANCE, "", drools.getRule().getName()));
        end
        """);

    GovernanceEngine engine = GovernanceEngine.builder().rules(dir).build();

    assertThat(categories(engine))
        .extracting(c -> c.category().code())
        .contains("SERVICE_DELIVERY_RIDER_REST", "EVENT_EMERGENCY");
  }

  @Test
  void aBrokenRuleFileIsReportedWithItsFileAndLineAndNoEngineIsMade(@TempDir Path dir)
      throws IOException {
    Files.writeString(
        dir.resolve("broken.drl"),
        """
        package org.gridgov.local;
        import org.gridgov.rules.fact.*;

        rule "broken"
        when
          CatalogueRequest(
        then
        end
        """);

    assertThatThrownBy(() -> GovernanceEngine.builder().rules(dir).build())
        .isInstanceOfSatisfying(
            RuleLoadException.class,
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .satisfies(
                        p -> {
                          assertThat(p.file()).isEqualTo("broken.drl");
                          assertThat(p.line()).isEqualTo(8);
                          assertThat(p.message())
                              .contains("mismatched input 'end' in rule \"broken\"");
                        }));
    assertThat(GovernanceEngine.check(dir)).isNotEmpty();
  }

  @Test
  void aPlainCsvFileIsRefusedWithTheNameItShouldHave(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("sla.csv"), "RuleSet,x\n");

    assertThat(GovernanceEngine.check(dir))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("rename it to sla.drl.csv"));
  }

  @Test
  void anIntegratorTableNamedLikeADefaultReplacesIt(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("categories.drl.csv"),
        Files.readString(DEFAULT_CATEGORIES)
            .lines()
            .filter(l -> !l.startsWith("category EVENT_ADVERTISING,"))
            .reduce("", (a, b) -> a + b + "\n"));

    GovernanceEngine engine = GovernanceEngine.builder().rules(dir).build();

    assertThat(categories(engine))
        .extracting(c -> c.category().code())
        .doesNotContain("EVENT_ADVERTISING")
        .contains("EVENT_EMERGENCY");
    assertThat(engine.replacements())
        .singleElement()
        .asString()
        .contains("categories.drl.csv replaces the default");
  }

  @Test
  void everyDecisionReachesTheAuditListeners() {
    List<Decision> seen = new ArrayList<>();
    GovernanceEngine engine = GovernanceEngine.builder().audit(seen::add).build();

    List<Decision> decisions =
        engine.decide(List.of(new org.gridgov.rules.fact.CatalogueRequest()));

    assertThat(seen).containsExactlyElementsOf(decisions).isNotEmpty();
  }
}
