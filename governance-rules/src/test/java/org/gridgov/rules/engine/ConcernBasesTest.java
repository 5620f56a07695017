package org.gridgov.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gridgov.rules.fact.CatalogueRequest;
import org.gridgov.rules.fact.DuplicateWindow;
import org.gridgov.rules.fact.SlaQuery;
import org.junit.jupiter.api.Test;

class ConcernBasesTest {

  private static ConcernBases defaults() {
    return ConcernBases.of(RuleBase.modelClasses()).orElseThrow();
  }

  @Test
  void nothingIsBuiltBeforeTheFirstCall() {
    assertThat(defaults().built()).isEmpty();
  }

  @Test
  void aCallBuildsOnlyTheRulesOfTheConcernThatReactsToItsFacts() {
    ConcernBases bases = defaults();

    bases.fire(List.of(new DuplicateWindow(60)));
    bases.fire(List.of(new SlaQuery(SlaQuery.ANY_CATEGORY, "ROUTINE")));

    assertThat(bases.built()).containsExactlyInAnyOrder("routing", "escalation");
  }

  @Test
  void factsOfSeveralConcernsAreDecidedOnAllTheRules() {
    ConcernBases bases = defaults();

    bases.fire(List.of(new CatalogueRequest()));

    assertThat(bases.built()).containsExactly("all");
  }

  @Test
  void theRulesAHostNeedsFirstAreBuiltAhead() {
    ConcernBases bases = defaults();

    bases.prepare(ConcernBases.FIRST);

    assertThat(bases.built()).containsExactly(ConcernBases.FIRST);
  }
}
