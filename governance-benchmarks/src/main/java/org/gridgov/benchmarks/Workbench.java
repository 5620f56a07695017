package org.gridgov.benchmarks;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.gridgov.rules.GovernanceEngine;
import org.gridgov.rules.decision.CategoryDefinition;
import org.gridgov.rules.escalation.Escalation;
import org.gridgov.rules.routing.DistrictContext;
import org.gridgov.rules.routing.Routing;

/**
 * Both sides of a comparison, set up for the same decisions: the engine on the default rules with a
 * fixed clock, and the hand-coded baselines over the same district, categories and clock.
 *
 * @param engine the engine, its clock fixed at the sweep's instant
 * @param routing routing on the engine
 * @param escalation escalation on the engine
 * @param district the district orders are generated over
 * @param context the district as the engine's routing indexes it
 * @param categories the category table of the default rules
 * @param baselineRouting routing by hand
 * @param baselineEscalation the escalation sweep by hand, on the engine's calendar and clock
 */
public record Workbench(
    GovernanceEngine engine,
    Routing routing,
    Escalation escalation,
    BenchmarkDistrict district,
    DistrictContext context,
    List<CategoryDefinition> categories,
    BaselineRouting baselineRouting,
    BaselineEscalation baselineEscalation) {

  /** Copies the categories. */
  public Workbench {
    categories = List.copyOf(categories);
  }

  /**
   * Builds an engine whose clock stands at an instant, and the baselines beside it.
   *
   * @param now the engine's fixed clock
   * @param district the district
   * @return both sides
   */
  public static Workbench at(Instant now, BenchmarkDistrict district) {
    GovernanceEngine engine =
        GovernanceEngine.builder().clock(Clock.fixed(now, ZoneOffset.UTC)).build();
    Routing routing = Routing.on(engine);
    return new Workbench(
        engine,
        routing,
        Escalation.on(engine),
        district,
        district.context(),
        List.copyOf(routing.categories().values()),
        new BaselineRouting(district.snapshot(), district.competentUnits(), routing.categories()),
        new BaselineEscalation(engine.calendar(), engine.clock()));
  }
}
