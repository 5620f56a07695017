package org.gridgov.core.calendar;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CalendarDependsOnTheJdkAloneTest {

  @Test
  void usesNothingButTheJdkAndTheCommonChecks() throws URISyntaxException {
    // given the compiled main classes of the package, read from where WorkingCalendar was loaded
    Path mainClasses =
        Path.of(WorkingCalendar.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .resolve("org/gridgov/core/calendar");
    // dependencies are checked by name; resolving them from the class path only costs seconds
    JavaClasses calendar =
        ArchConfiguration.withThreadLocalScope(
            (ArchConfiguration configuration) -> {
              configuration.setResolveMissingDependenciesFromClassPath(false);
              return new ClassFileImporter().importPath(mainClasses);
            });

    // then
    classes()
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "org.gridgov.core.calendar..", "org.gridgov.core.common..")
        .check(calendar);
  }
}
