// tag::host-on-core-and-rules[]
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.district.DistrictSnapshot;
import org.gridgov.core.io.DistrictSnapshotJson;
import org.gridgov.core.lists.Category;
import org.gridgov.core.lists.Channel;
import org.gridgov.core.lists.DemandId;
import org.gridgov.core.lists.MatterKind;
import org.gridgov.core.lists.Urgency;
import org.gridgov.core.people.PersonId;
import org.gridgov.core.territory.Compound;
import org.gridgov.core.workorder.Actor;
import org.gridgov.core.workorder.Origin;
import org.gridgov.core.workorder.Report;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.core.workorder.WorkOrderId;
import org.gridgov.rules.GovernanceEngine;
import org.gridgov.rules.escalation.Escalation;
import org.gridgov.rules.routing.DistrictContext;
import org.gridgov.rules.routing.Routing;
import org.gridgov.rules.routing.RoutingDecision;

public final class Host {
  public static void main(String[] args) {
    DistrictSnapshot district = new DistrictSnapshotJson().read(Path.of(args[0]));
    GovernanceEngine engine = GovernanceEngine.builder().clock(Clock.systemUTC()).build();
    Compound compound = district.territory().compounds().iterator().next();
    Instant now = engine.clock().instant();
    WorkOrder order =
        WorkOrder.report(
            new Report(
                WorkOrderId.of("WO-1"),
                Origin.demand(DemandId.of("D-1")),
                Category.of("SERVICE_PROPERTY"),
                MatterKind.AUTONOMY,
                Urgency.ROUTINE,
                Channel.CALL_GROUP,
                compound.grid(),
                Optional.of(compound.id()),
                "楼道灯坏了"),
            Actor.person(PersonId.of("resident-1")),
            now,
            "call group");
    RoutingDecision decision = Routing.on(engine).route(DistrictContext.of(district, Map.of()), order);
    WorkOrder dispatched =
        Routing.apply(order, decision, Escalation.on(engine), now).orElseThrow();
    System.out.println(dispatched.id() + " → " + dispatched.assignee().orElseThrow());
    System.out.println(dispatched.history().get(dispatched.history().size() - 1).reason());
  }
}
// end::host-on-core-and-rules[]
