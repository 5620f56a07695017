package org.gridgov.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.drools.modelcompiler.KieBaseBuilder;
import org.gridgov.rules.decision.CategoryDefinition;
import org.gridgov.rules.decision.Decision;
import org.gridgov.rules.decision.TimeLimit;
import org.gridgov.rules.fact.CatalogueRequest;
import org.gridgov.rules.fact.DuplicateWindow;
import org.gridgov.rules.fact.GridPerformance;
import org.gridgov.rules.fact.RunningLimit;
import org.gridgov.rules.fact.SlaQuery;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.KiePackage;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

class RuleConcernsTest {

  private static final RuleConcerns SHIPPED = RuleConcerns.read().orElseThrow();

  private static List<String> shippedLines() {
    try (InputStream in =
        RuleConcerns.class.getClassLoader().getResourceAsStream(RuleConcerns.RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The line of each default rule package as the rules say now, built one package at a time. */
  private static List<String> linesByTheRules() {
    List<RuleConcerns.PackageLine> packages = new ArrayList<>();
    for (String model : RuleBase.modelClasses()) {
      InternalKnowledgeBase base =
          KieBaseBuilder.createKieBaseFromModel(RuleBase.models(List.of(model)));
      for (KiePackage pkg : base.getKiePackages()) {
        if (!pkg.getRules().isEmpty()) {
          packages.add(RuleConcerns.packageLine(base, pkg));
        }
      }
    }
    return RuleConcerns.lines(packages);
  }

  private static RuleConcerns.PackageLine lineOf(String drl) {
    KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
    builder.add(
        ResourceFactory.newByteArrayResource(drl.getBytes(StandardCharsets.UTF_8)),
        ResourceType.DRL);
    assertThat(builder.getErrors()).isEmpty();
    InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase();
    base.addPackages(builder.getKnowledgePackages());
    return RuleConcerns.packageLine(base, base.getKiePackage("org.gridgov.rules.local"));
  }

  @Test
  void theFileTheBuildWroteIsWhatTheDefaultRulesReactTo() {
    assertThat(shippedLines()).isEqualTo(linesByTheRules());
    assertThat(SHIPPED.concerns())
        .containsExactlyInAnyOrder("routing", "escalation", "evaluation", "cycle");
  }

  @Test
  void factsOfOneConcernAreDecidedByThatConcernAlone() {
    int routing = SHIPPED.concerns().indexOf("routing");
    int escalation = SHIPPED.concerns().indexOf("escalation");

    assertThat(SHIPPED.onlyConcernOf(List.of(new DuplicateWindow(60)))).isEqualTo(routing);
    assertThat(SHIPPED.onlyConcernOf(List.of(new SlaQuery("*", "ROUTINE"), "no rule reads this")))
        .isEqualTo(escalation);
  }

  @Test
  void factsOfSeveralConcernsOrOfNoneAreDecidedByAllTheRules() {
    SlaQuery sla = new SlaQuery("*", "ROUTINE");
    GridPerformance performance = null;

    assertThat(SHIPPED.onlyConcernOf(List.of(new CatalogueRequest()))).isEqualTo(-1);
    assertThat(SHIPPED.onlyConcernOf(List.of(sla, new DuplicateWindow(60)))).isEqualTo(-1);
    assertThat(SHIPPED.onlyConcernOf(List.of("no rule reads this"))).isEqualTo(-1);
    assertThat(SHIPPED.onlyConcernOf(List.of())).isEqualTo(-1);
    assertThat(SHIPPED.onlyConcernOf(Arrays.asList(sla, performance))).isEqualTo(-1);
  }

  @Test
  void aDecisionAnotherConcernReactsToIsSeen() {
    int routing = SHIPPED.concerns().indexOf("routing");
    CategoryDefinition category =
        DefaultCatalogue.read().orElseThrow().stream()
            .filter(CategoryDefinition.class::isInstance)
            .map(CategoryDefinition.class::cast)
            .findFirst()
            .orElseThrow();

    // routing's category rules insert it; escalation's time-limit rules read it
    assertThat(SHIPPED.reactsOutside(routing, category)).isTrue();
    assertThat(SHIPPED.reactsOutside(routing, new DuplicateWindow(60))).isFalse();
  }

  @Test
  void aRuleThatFiresWithoutAnyObjectMakesItsPackageReactToEverything() {
    RuleConcerns.PackageLine onlyNot =
        lineOf(
            """
            package org.gridgov.rules.local;
            import org.gridgov.rules.fact.RunningLimit;
            rule "nothing runs late" when not RunningLimit() then end
            """);
    RuleConcerns.PackageLine onlyEval =
        lineOf(
            """
            package org.gridgov.rules.local;
            rule "always" when eval(true) then end
            """);
    RuleConcerns.PackageLine aPattern =
        lineOf(
            """
            package org.gridgov.rules.local;
            import org.gridgov.rules.fact.RunningLimit;
            import org.gridgov.rules.fact.SlaQuery;
            rule "late" when RunningLimit() not SlaQuery() then end
            """);

    assertThat(onlyNot.anyObject()).isTrue();
    assertThat(onlyEval.anyObject()).isTrue();
    assertThat(aPattern.anyObject()).isFalse();
    assertThat(aPattern.concern()).isEqualTo("local");
    assertThat(aPattern.reactsTo())
        .containsExactly(RunningLimit.class.getName(), SlaQuery.class.getName());
  }

  @Test
  void aConcernWhoseRulesFireWithoutAnyObjectReactsToAllFacts() {
    List<String> lines = new ArrayList<>(shippedLines());
    lines.add("local\torg.gridgov.rules.local\t*");
    RuleConcerns withIt = RuleConcerns.read(lines).orElseThrow();

    assertThat(withIt.onlyConcernOf(List.of(new DuplicateWindow(60)))).isEqualTo(-1);
    assertThat(withIt.onlyConcernOf(List.of())).isEqualTo(withIt.concerns().indexOf("local"));
  }

  @Test
  void aFileWrittenForOtherRuleFilesIsNotUsed() {
    List<String> lines = new ArrayList<>(shippedLines());
    lines.set(0, "# default rules 0");

    assertThat(RuleConcerns.read(lines)).isEmpty();
  }

  @Test
  void aDamagedLineSaysWhereItIs() {
    List<String> lines = new ArrayList<>(shippedLines());
    lines.set(2, "routing\torg.gridgov.rules.routing.matrix\torg.gridgov.rules.fact.NoSuchFact");

    assertThatThrownBy(() -> RuleConcerns.read(lines))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("default-concerns.tsv line 3")
        .hasMessageContaining("NoSuchFact");
  }

  @Test
  void factsThatLeaveTheirConcernAreDecidedAgainByAllTheRules() {
    // a file by which only routing's category rules react to the catalogue request: their
    // category definitions, which escalation's time-limit rules read, send the call to all rules
    List<String> lines = new ArrayList<>();
    for (String line : shippedLines()) {
      String[] f = line.split("\t");
      if (f.length == 3 && !f[1].endsWith("routing.categories")) {
        List<String> types = new ArrayList<>(List.of(f[2].split(",")));
        types.remove(CatalogueRequest.class.getName());
        line =
            f[0]
                + "\t"
                + f[1]
                + "\t"
                + (types.isEmpty() ? "java.lang.Void" : String.join(",", types));
      }
      lines.add(line);
    }
    RuleConcerns narrowed = RuleConcerns.read(lines).orElseThrow();
    ConcernBases bases = ConcernBases.of(RuleBase.modelClasses(), narrowed).orElseThrow();

    List<Decision> decided = bases.fire(DefaultCatalogue.catalogueRequest());

    assertThat(narrowed.onlyConcernOf(DefaultCatalogue.catalogueRequest()))
        .isEqualTo(narrowed.concerns().indexOf("routing"));
    assertThat(decided).isEqualTo(DefaultCatalogue.read().orElseThrow());
    assertThat(decided).hasAtLeastOneElementOfType(TimeLimit.class);
  }
}
