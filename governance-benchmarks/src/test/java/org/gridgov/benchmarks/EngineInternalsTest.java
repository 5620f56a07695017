package org.gridgov.benchmarks;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The benchmarks measure the engine as a host uses it: through the API, never its internals. */
@AnalyzeClasses(
    packages = "org.gridgov.benchmarks",
    importOptions = ImportOption.DoNotIncludeTests.class)
class EngineInternalsTest {

  @ArchTest
  static final ArchRule theBenchmarksUseTheRulesApiAlone =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.gridgov.rules.engine..", "org.gridgov.rules.fact.trace..")
          .because("org.gridgov.rules.engine and org.gridgov.rules.fact.trace are internal");
}
