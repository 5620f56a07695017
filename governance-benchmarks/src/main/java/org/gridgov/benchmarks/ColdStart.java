package org.gridgov.benchmarks;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.district.DistrictSnapshot;
import org.gridgov.core.io.HierarchyJson;
import org.gridgov.core.lists.Category;
import org.gridgov.core.lists.Channel;
import org.gridgov.core.lists.DemandId;
import org.gridgov.core.lists.MatterKind;
import org.gridgov.core.lists.Urgency;
import org.gridgov.core.people.PersonId;
import org.gridgov.core.territory.CommunityCode;
import org.gridgov.core.territory.Grid;
import org.gridgov.core.territory.GridCode;
import org.gridgov.core.territory.GridType;
import org.gridgov.core.territory.Territory;
import org.gridgov.core.workorder.Actor;
import org.gridgov.core.workorder.Origin;
import org.gridgov.core.workorder.Report;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.core.workorder.WorkOrderId;
import org.gridgov.rules.GovernanceEngine;
import org.gridgov.rules.routing.DistrictContext;
import org.gridgov.rules.routing.Routing;
import org.gridgov.rules.routing.RoutingDecision;

/**
 * The engine's cold start: builds {@code GovernanceEngine.builder().build()}, reads the Jin'an
 * hierarchy as a host reads its district, and makes the first routing decision in a fresh JVM,
 * printing the milliseconds since the JVM started at each step. {@code engine-built-ms} is when
 * {@code build()} returned: the default rules may still be loading then, beside the reading of the
 * district, and the first decision waits for them. The last line is {@code first-decision-ms <n>};
 * {@code coldstart.sh} runs it five times.
 */
public final class ColdStart {

  private ColdStart() {}

  /**
   * Runs once.
   *
   * @param args none
   */
  public static void main(String[] args) {
    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    long mainAt = System.currentTimeMillis() - jvmStart;
    GovernanceEngine engine = GovernanceEngine.builder().build();
    long builtAt = System.currentTimeMillis() - jvmStart;
    Routing routing = Routing.on(engine);
    CommunityCode community = CommunityCode.of("350111001001");
    GridCode grid = community.grid(1);
    Territory territory =
        new HierarchyJson()
            .readJinan().territory().toBuilder()
                .add(new Grid(grid, "站前一网格", GridType.BASIC, 300))
                .build();
    DistrictContext district = DistrictContext.of(DistrictSnapshot.of(territory), Map.of());
    long districtAt = System.currentTimeMillis() - jvmStart;
    WorkOrder order =
        WorkOrder.report(
            new Report(
                WorkOrderId.of("WO-1"),
                Origin.demand(DemandId.of("D-1")),
                Category.of("SERVICE_PROPERTY"),
                MatterKind.AUTONOMY,
                Urgency.ROUTINE,
                Channel.CALL_GROUP,
                grid,
                Optional.empty(),
                "the lift of building 4 is broken"),
            Actor.person(PersonId.of("R-1")),
            Instant.parse("2024-05-06T02:00:00Z"),
            "");
    RoutingDecision decision = routing.route(district, order);
    long decidedAt = System.currentTimeMillis() - jvmStart;
    System.out.println("main-ms " + mainAt);
    System.out.println("engine-built-ms " + builtAt);
    System.out.println("district-ready-ms " + districtAt);
    System.out.println("decision " + decision.rule() + " -> " + decision.responsible());
    System.out.println("first-decision-ms " + decidedAt);
  }
}
