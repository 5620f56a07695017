package org.gridgov.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The shape of governance-core: a pure domain, Jackson only in io, no package cycles. */
@AnalyzeClasses(packages = "org.gridgov.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule theDomainDependsOnTheJdkAlone =
      classes()
          .that()
          .resideInAPackage("org.gridgov.core..")
          .and()
          .resideOutsideOfPackage("org.gridgov.core.io..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("java..", "org.gridgov.core..")
          .because("the domain model is plain Java: no framework, no Drools, no Jackson");

  @ArchTest
  static final ArchRule onlyIoUsesJackson =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.gridgov.core.io..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.fasterxml.jackson..");

  @ArchTest
  static final ArchRule noDomainPackageDependsOnIo =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.gridgov.core.io..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.gridgov.core.io..");

  @ArchTest
  static final ArchRule coreNeverDependsOnRulesOrExamples =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.gridgov.rules..", "org.gridgov.examples..", "org.drools..", "org.kie..");

  @ArchTest
  static final ArchRule packagesAreFreeOfCycles =
      slices().matching("org.gridgov.core.(*)..").should().beFreeOfCycles();
}
