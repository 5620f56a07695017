package org.gridgov.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.gridgov.rules.GovernanceEngine;
import org.gridgov.rules.decision.CategoryDefinition;
import org.gridgov.rules.decision.Decision;
import org.gridgov.rules.decision.ScoreWeight;
import org.gridgov.rules.decision.TimeLimit;
import org.junit.jupiter.api.Test;

class DefaultCatalogueTest {

  private static final List<Decision> BY_THE_RULES =
      RuleBase.load(List.of(), RuleAllowList.defaults()).fire(DefaultCatalogue.catalogueRequest());

  @Test
  void theCatalogueTheBuildComputedIsWhatTheDefaultRulesDefine() {
    assertThat(DefaultCatalogue.read()).contains(BY_THE_RULES);
    assertThat(BY_THE_RULES)
        .hasAtLeastOneElementOfType(CategoryDefinition.class)
        .hasAtLeastOneElementOfType(TimeLimit.class)
        .hasAtLeastOneElementOfType(ScoreWeight.class);
  }

  @Test
  void anEngineOnTheDefaultRulesGivesTheSameCatalogueAsTheRules() {
    GovernanceEngine engine = GovernanceEngine.builder().build();

    assertThat(engine.catalogue()).isEqualTo(BY_THE_RULES);
    assertThat(engine.catalogue()).isSameAs(engine.catalogue());
  }

  @Test
  void aCatalogueReadsBackAsTheSameDecisions() {
    assertThat(DefaultCatalogue.read(DefaultCatalogue.lines(BY_THE_RULES))).contains(BY_THE_RULES);
  }

  @Test
  void aCatalogueComputedFromOtherRuleFilesIsNotUsed() {
    List<String> lines = new ArrayList<>(DefaultCatalogue.lines(BY_THE_RULES));
    lines.set(0, "# default rules 0");

    assertThat(DefaultCatalogue.read(lines)).isEmpty();
  }

  @Test
  void aCatalogueWrittenInTheFormatBeforeEnglishNamesIsNotUsed() {
    List<String> lines = new ArrayList<>(DefaultCatalogue.lines(BY_THE_RULES));
    lines.set(0, "# default rules " + DefaultCatalogue.fingerprint());

    assertThat(DefaultCatalogue.read(lines)).isEmpty();
  }

  @Test
  void theEnglishNameOfACategoryReadsBack() {
    CategoryDefinition dispute =
        DefaultCatalogue.read().orElseThrow().stream()
            .filter(CategoryDefinition.class::isInstance)
            .map(CategoryDefinition.class::cast)
            .filter(c -> c.category().code().equals("SERVICE_DISPUTE"))
            .findFirst()
            .orElseThrow();

    assertThat(dispute.name()).isEqualTo("邻里纠纷");
    assertThat(dispute.englishName()).isEqualTo("Neighbour disputes");
  }

  @Test
  void aDamagedLineSaysWhereItIs() {
    List<String> lines = new ArrayList<>(DefaultCatalogue.lines(BY_THE_RULES));
    lines.set(3, "ScoreWeight\tCLOSURE_RATE\tthirty\t0\tgrid score weight CLOSURE_RATE");

    assertThatThrownBy(() -> DefaultCatalogue.read(lines))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("default-catalogue.tsv line 4")
        .hasMessageContaining("thirty");
  }
}
