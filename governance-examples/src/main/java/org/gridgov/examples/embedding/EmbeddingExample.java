// tag::embedding-example[]
package org.gridgov.examples.embedding;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.gridgov.core.district.DistrictSnapshot;
import org.gridgov.core.io.DistrictSnapshotJson;
import org.gridgov.core.io.HierarchyJson;
import org.gridgov.core.lists.Category;
import org.gridgov.core.lists.Channel;
import org.gridgov.core.lists.DemandId;
import org.gridgov.core.lists.MatterKind;
import org.gridgov.core.lists.Urgency;
import org.gridgov.core.people.PersonId;
import org.gridgov.core.territory.Compound;
import org.gridgov.core.territory.PropertyMode;
import org.gridgov.core.workorder.Actor;
import org.gridgov.core.workorder.Deadlines;
import org.gridgov.core.workorder.Origin;
import org.gridgov.core.workorder.Report;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.core.workorder.WorkOrderId;
import org.gridgov.examples.district.DistrictPopulation;
import org.gridgov.examples.district.Figures;
import org.gridgov.rules.GovernanceEngine;
import org.gridgov.rules.decision.Decision;
import org.gridgov.rules.escalation.Escalation;
import org.gridgov.rules.routing.DistrictContext;
import org.gridgov.rules.routing.Routing;
import org.gridgov.rules.routing.RoutingDecision;

/**
 * A host program that embeds GridGov: it builds one engine with an audit listener, loads or
 * populates a district, reports a work order, routes it, dispatches it with the deadlines of the
 * escalation rules, and reads the audit trail. The embedding guide, {@code docs/EMBEDDING.md},
 * quotes this file.
 */
public final class EmbeddingExample {

  /** The instant the example runs at: 10:00 on Tuesday 5 March 2024 in Fuzhou. */
  public static final Instant NOW = Instant.parse("2024-03-05T02:00:00Z");

  private EmbeddingExample() {}

  /**
   * What the program did.
   *
   * @param decision the routing decision
   * @param order the order after the decision was applied
   * @param audit every decision the engine made, in the order it made them
   */
  public record Outcome(RoutingDecision decision, WorkOrder order, List<Decision> audit) {}

  /**
   * Runs the program and prints what happened.
   *
   * @param args optionally a district snapshot file; without one, Jin'an is populated
   */
  public static void main(String[] args) {
    Clock clock = Clock.fixed(NOW, ZoneId.of("Asia/Shanghai")); // a host passes Clock.systemUTC()
    DistrictSnapshot district =
        args.length > 0
            ? new DistrictSnapshotJson().read(Path.of(args[0])) // throws JsonLoadException
            : DistrictPopulation.of(Figures.REPORT)
                .populate(new HierarchyJson().readJinan().territory(), 7)
                .snapshot();
    Outcome outcome = run(district, clock);
    System.out.println(outcome.order().id() + " → " + outcome.order().assignee().orElseThrow());
    System.out.println("rule: " + outcome.decision().rule());
    System.out.println("resolve by: " + outcome.order().deadlines().resolveBy().orElseThrow());
    outcome.audit().forEach(d -> System.out.println("audit: " + d.rule()));
  }

  /**
   * Reports one property matter in a professionally managed compound of the district, routes it and
   * dispatches it.
   *
   * @param district the district; it must have a professionally managed compound
   * @param clock the clock of the engine
   * @return what happened
   */
  public static Outcome run(DistrictSnapshot district, Clock clock) {
    List<Decision> audit = new CopyOnWriteArrayList<>(); // listeners run on the calling threads
    GovernanceEngine engine = GovernanceEngine.builder().clock(clock).audit(audit::add).build();

    Compound compound =
        district.territory().compounds().stream()
            .filter(c -> c.propertyMode() == PropertyMode.PROFESSIONAL)
            .findFirst()
            .orElseThrow();
    Instant now = clock.instant();
    Report report =
        new Report(
            WorkOrderId.of("WO-2024-0001"),
            Origin.demand(DemandId.of("D-2024-0001")),
            Category.of("SERVICE_PROPERTY"),
            MatterKind.AUTONOMY,
            Urgency.ROUTINE,
            Channel.CALL_GROUP,
            compound.grid(),
            Optional.of(compound.id()),
            "楼道灯坏了");
    WorkOrder order =
        WorkOrder.report(report, Actor.person(PersonId.of("resident-1")), now, "call group");

    // rules decide: who is responsible, and the time limits of the order
    RoutingDecision decision =
        Routing.on(engine).route(DistrictContext.of(district, Map.of()), order);
    Deadlines deadlines = Escalation.on(engine).deadlines(order, now);
    // the domain applies: the order is dispatched through its lifecycle, or the refusal is thrown
    WorkOrder dispatched = Routing.apply(order, decision, deadlines, now).orElseThrow();
    return new Outcome(decision, dispatched, List.copyOf(audit));
  }
}
// end::embedding-example[]
