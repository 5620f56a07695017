package org.gridgov.examples.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The examples use governance-rules as any host does: through its API, never its internals. */
@AnalyzeClasses(
    packages = "org.gridgov.examples",
    importOptions = ImportOption.DoNotIncludeTests.class)
class EngineInternalsTest {

  @ArchTest
  static final ArchRule theExamplesUseTheRulesApiAlone =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.gridgov.rules.engine..", "org.gridgov.rules.fact.trace..")
          .because("org.gridgov.rules.engine and org.gridgov.rules.fact.trace are internal");
}
