package org.gridgov.rules.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The shape of governance-rules: facts and decisions are plain records the rules match and emit;
 * the engine knows nothing of the concerns built on it; nothing depends on the examples.
 */
@AnalyzeClasses(
    packages = "org.gridgov.rules",
    importOptions = ImportOption.DoNotIncludeTests.class)
class RulesArchitectureTest {

  @ArchTest
  static final ArchRule factsAndDecisionsArePlainJava =
      classes()
          .that()
          .resideInAnyPackage("org.gridgov.rules.fact..", "org.gridgov.rules.decision..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "java..",
              "org.gridgov.core..",
              "org.gridgov.rules.fact..",
              "org.gridgov.rules.decision..")
          .because("rules match and emit immutable records; Drools stays behind the engine");

  @ArchTest
  static final ArchRule theEngineKnowsNothingOfTheConcernsBuiltOnIt =
      noClasses()
          .that()
          .resideInAnyPackage("org.gridgov.rules", "org.gridgov.rules.engine..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.gridgov.rules.routing..",
              "org.gridgov.rules.escalation..",
              "org.gridgov.rules.evaluation..",
              "org.gridgov.rules.cycle..");

  @ArchTest
  static final ArchRule onlyTheHostApiEntersTheEngine =
      noClasses()
          .that()
          .resideOutsideOfPackages("org.gridgov.rules", "org.gridgov.rules.engine..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.gridgov.rules.engine..")
          .because("the engine package is internal: the concerns and hosts use GovernanceEngine");

  @ArchTest
  static final ArchRule rulesNeverDependOnTheExamples =
      noClasses().should().dependOnClassesThat().resideInAPackage("org.gridgov.examples..");

  @ArchTest
  static final ArchRule packagesAreFreeOfCycles =
      slices().matching("org.gridgov.rules.(*)..").should().beFreeOfCycles();
}
