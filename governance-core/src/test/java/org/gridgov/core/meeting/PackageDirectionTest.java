package org.gridgov.core.meeting;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.gridgov.core.workorder.WorkOrderId;
import org.junit.jupiter.api.Test;

/** Guards the direction territory ← organisation ← people ← post, people ← lists ← meeting. */
class PackageDirectionTest {

  // Import the main classes' directory alone: scanning the whole class path takes seconds.
  private static final JavaClasses CORE = importCore();

  private static JavaClasses importCore() {
    try {
      Path mainClasses =
          Path.of(WorkOrderId.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return new ClassFileImporter().importPath(mainClasses);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate the main classes", e);
    }
  }

  @Test
  void theSocietyPackagesAreFreeOfCycles() {
    slices()
        .matching("org.gridgov.core.(organisation|people|post|lists|meeting|territory)..")
        .should()
        .beFreeOfCycles()
        .check(CORE);
  }

  @Test
  void organisationDependsOnTerritoryOnly() {
    noClasses()
        .that()
        .resideInAPackage("org.gridgov.core.organisation..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.gridgov.core.people..",
            "org.gridgov.core.post..",
            "org.gridgov.core.lists..",
            "org.gridgov.core.meeting..",
            "org.gridgov.core.workorder..")
        .check(CORE);
  }

  @Test
  void peopleDependsOnNeitherListsNorPostsNorMeetings() {
    noClasses()
        .that()
        .resideInAPackage("org.gridgov.core.people..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.gridgov.core.post..",
            "org.gridgov.core.lists..",
            "org.gridgov.core.meeting..",
            "org.gridgov.core.workorder..")
        .check(CORE);
  }

  @Test
  void listsDependsOnNeitherPostsNorMeetingsNorWorkOrders() {
    noClasses()
        .that()
        .resideInAPackage("org.gridgov.core.lists..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.gridgov.core.post..", "org.gridgov.core.meeting..", "org.gridgov.core.workorder..")
        .check(CORE);
  }

  @Test
  void meetingUsesOnlyTheWorkOrderIdFromWorkOrders() {
    noClasses()
        .that()
        .resideInAPackage("org.gridgov.core.meeting..")
        .should()
        .dependOnClassesThat(
            DescribedPredicate.describe(
                "a work order type other than WorkOrderId",
                c ->
                    c.getPackageName().startsWith("org.gridgov.core.workorder")
                        && !c.isEquivalentTo(WorkOrderId.class)))
        .check(CORE);
  }
}
