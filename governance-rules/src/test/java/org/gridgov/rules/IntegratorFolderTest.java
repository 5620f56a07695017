package org.gridgov.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gridgov.core.lists.Category;
import org.gridgov.core.lists.MatterKind;
import org.gridgov.core.lists.Urgency;
import org.gridgov.rules.decision.TimeLimit;
import org.gridgov.rules.decision.WorkingTime;
import org.gridgov.rules.escalation.Escalation;
import org.gridgov.rules.routing.Routing;
import org.gridgov.rules.routing.RoutingDecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An integrator's folder, as the integrator guide describes it: a new category with its route and
 * its time limits, and one default time limit overridden by a rule of the same name.
 */
class IntegratorFolderTest {

  private static final Path SLA_TABLE =
      Path.of("src/main/resources/org/gridgov/rules/escalation/sla/sla.drl.csv");
  private static final String URGENT_ROW =
      "urgent orders are accepted within 4 working hours and resolved within 3 working days";

  private static void writeFolder(Path dir) throws IOException {
    Files.writeString(
        dir.resolve("rider-stations.drl"),
        """
        package org.gridgov.local.riders;

        import org.gridgov.rules.fact.*;
        import org.gridgov.rules.decision.CategoryDefinition;
        import org.gridgov.rules.decision.RouteCandidate;
        import org.gridgov.core.lists.MatterKind;

        rule "category SERVICE_RIDER_STATION"
        when
          CatalogueRequest()
        then
          insert(CategoryDefinition.of("SERVICE_RIDER_STATION", "暖心驿站服务", CategoryClass.SERVICE,
              Topic.GENERAL, MatterKind.ASSISTANCE, "", drools.getRule().getName()));
        end

        rule "warm-station requests go to the paired unit"
        when
          $case : RoutingCase(categoryCode == "SERVICE_RIDER_STATION", hasPairedUnit)
        then
          insert(RouteCandidate.of($case, RoutingTarget.PAIRED_UNIT, 70, "COMMUNITY_COMMITTEE",
              "normally", drools.getRule().getName()));
        end
        """);
    // a table of its own, laid out like the default SLA table, in a package of its own
    StringBuilder limits = new StringBuilder("RuleSet,org.gridgov.local.limits,,,\n");
    Files.readString(SLA_TABLE)
        .lines()
        .skip(1)
        .filter(l -> !l.startsWith("Notes,"))
        .takeWhile(l -> !l.startsWith("emergencies are accepted"))
        .forEach(l -> limits.append(l).append('\n'));
    limits.append(
        "warm-station requests are accepted within 2 working hours,ROUTINE,SERVICE_RIDER_STATION,"
            + "\"hours(2), days(2), 10\",\n");
    Files.writeString(dir.resolve("rider-station-limits.drl.csv"), limits);
    Files.writeString(
        dir.resolve("faster-urgent-orders.drl"),
        """
        package org.gridgov.rules.escalation.sla;

        import org.gridgov.rules.fact.SlaQuery;
        import org.gridgov.rules.decision.TimeLimit;
        import org.gridgov.rules.decision.WorkingTime;

        // Replaces the default row of the same name: urgent orders here are accepted within
        // 2 working hours and resolved within 2 working days.
        rule "%s"
        when
          $query : SlaQuery(urgency == "URGENT", categoryCode == "*")
        then
          insert(TimeLimit.of($query, WorkingTime.hours(2), WorkingTime.days(2), 0, drools.getRule().getName()));
        end
        """
            .formatted(URGENT_ROW));
  }

  @Test
  void aFolderAddsACategoryWithItsRouteAndTimeLimitsAndOverridesADefaultLimit(@TempDir Path dir)
      throws IOException {
    writeFolder(dir);
    assertThat(GovernanceEngine.check(dir)).isEmpty();

    GovernanceEngine engine = GovernanceEngine.builder().rules(dir).build();
    Escalation escalation = Escalation.on(engine);
    RoutingDecision routed =
        Routing.on(engine)
            .route(
                org.gridgov.rules.routing.RoutingFixtureAccess.district(),
                org.gridgov.rules.routing.RoutingFixtureAccess.order(
                    "WO-1", "SERVICE_RIDER_STATION", MatterKind.ASSISTANCE, Urgency.ROUTINE));

    assertThat(routed.rule()).isEqualTo("warm-station requests go to the paired unit");
    TimeLimit rider = escalation.timeLimits(Category.of("SERVICE_RIDER_STATION"), Urgency.ROUTINE);
    assertThat(rider.rule()).isEqualTo("warm-station requests are accepted within 2 working hours");
    assertThat(rider.accept()).isEqualTo(WorkingTime.hours(2));
    TimeLimit urgent = escalation.timeLimits(Category.of("SERVICE_PROPERTY"), Urgency.URGENT);
    assertThat(urgent.accept()).isEqualTo(WorkingTime.hours(2));
    assertThat(urgent.resolve()).isEqualTo(WorkingTime.days(2));
    assertThat(engine.replacements())
        .anySatisfy(r -> assertThat(r).contains("replaces the default rule").contains(URGENT_ROW));
    TimeLimit routineByDefault =
        escalation.timeLimits(Category.of("SERVICE_PROPERTY"), Urgency.ROUTINE);
    assertThat(routineByDefault.resolve()).isEqualTo(WorkingTime.days(5));
  }

  @Test
  void aReloadPicksUpAnEditedFolderAndAFailedReloadKeepsTheRulesInForce(@TempDir Path dir)
      throws IOException {
    writeFolder(dir);
    GovernanceEngine engine = GovernanceEngine.builder().rules(dir).build();
    Escalation escalation = Escalation.on(engine);
    Files.writeString(
        dir.resolve("faster-urgent-orders.drl"),
        Files.readString(dir.resolve("faster-urgent-orders.drl")).replace("hours(2)", "hours(1)"));

    engine.reload();

    assertThat(escalation.timeLimits(Category.of("SERVICE_PROPERTY"), Urgency.URGENT).accept())
        .isEqualTo(WorkingTime.hours(1));

    Files.writeString(dir.resolve("broken.drl"), "package x;\nrule \"broken\" when then");
    assertThatThrownBy(engine::reload)
        .isInstanceOfSatisfying(
            RuleLoadException.class,
            e -> assertThat(e.problems()).extracting(RuleProblem::file).contains("broken.drl"));
    assertThat(escalation.timeLimits(Category.of("SERVICE_PROPERTY"), Urgency.URGENT).accept())
        .isEqualTo(WorkingTime.hours(1));
  }
}
