package org.gridgov.rules.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.gridgov.core.lists.Category;
import org.gridgov.core.lists.DemandId;
import org.gridgov.core.lists.MatterKind;
import org.gridgov.core.lists.Urgency;
import org.gridgov.core.territory.CompoundId;
import org.gridgov.core.territory.GridCode;
import org.gridgov.core.workorder.Origin;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.rules.GovernanceEngine;

/**
 * Reusing what the rules decided, filed under the fields they read, gives every order exactly what
 * firing the rules for it gives: with the default rules, and with integrator rules that read the
 * grid, the compound, the street, the category code and the reporting hour, in their conditions and
 * in their consequences. One routing lives through all tries, so later tries mostly reuse.
 */
class RoutingReuseProperties {

  private static final DistrictContext DISTRICT = RoutingFixture.district();
  private static final GovernanceEngine DEFAULT = GovernanceEngine.builder().build();
  private static final GovernanceEngine INTEGRATOR =
      GovernanceEngine.builder().rules(rules()).build();
  private static final Routing REUSING_DEFAULT = Routing.on(DEFAULT);
  private static final Routing REUSING_INTEGRATOR = Routing.on(INTEGRATOR);
  private static final List<String> CATEGORIES =
      REUSING_DEFAULT.categories().keySet().stream().map(Category::code).toList();

  private static Path rules() {
    try {
      Path folder = Files.createTempDirectory("gridgov-reuse");
      folder.toFile().deleteOnExit();
      Path file = folder.resolve("reads.drl");
      Files.writeString(
          file,
          """
          package org.gridgov.local.reads;

          import org.gridgov.rules.fact.*;
          import org.gridgov.rules.decision.RouteCandidate;

          rule "out of hours emergencies in the first grid go to the street"
          when
            $case : RoutingCase(urgency == org.gridgov.core.lists.Urgency.EMERGENCY,
                                reportedOutOfHours, grid == "%s")
          then
            insert(RouteCandidate.of($case, RoutingTarget.STREET, 300, "none", "immediately",
                drools.getRule().getName()));
          end

          rule "property matters of the managed compound are also told to the street"
          when
            $case : RoutingCase(topic == Topic.PROPERTY, compound == "%s")
          then
            insert(RouteCandidate.of($case, RoutingTarget.PROPERTY_COMPANY, 250, "STREET",
                "normally", drools.getRule().getName()));
          end

          rule "general matters go by the category code's length"
          when
            $case : RoutingCase(topic == Topic.GENERAL)
          then
            insert(RouteCandidate.of($case,
                $case.categoryCode().length() %% 2 == 0 ? RoutingTarget.STREET
                                                        : RoutingTarget.COMMUNITY_COMMITTEE,
                120, $case.street().endsWith("1") ? "GRID_WORKER" : "none", "normally",
                drools.getRule().getName()));
          end
          """
              .formatted(RoutingFixture.GRID_1.value(), RoutingFixture.MANAGED.value()));
      file.toFile().deleteOnExit();
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Provide
  Arbitrary<List<WorkOrder>> orders() {
    Arbitrary<GridCode> grids =
        Arbitraries.of(RoutingFixture.GRID_1, RoutingFixture.GRID_2, RoutingFixture.EAST_GRID);
    Arbitrary<String> compounds =
        Arbitraries.of(
            "",
            RoutingFixture.MANAGED.value(),
            RoutingFixture.COMMUNITY_RUN.value(),
            RoutingFixture.SELF_MANAGED.value(),
            RoutingFixture.UNMANAGED.value());
    Arbitrary<Instant> when =
        Arbitraries.integers()
            .between(0, 7 * 24 - 1)
            .map(h -> RoutingFixture.NOW.plus(Duration.ofHours(h)));
    Arbitrary<WorkOrder> one =
        Combinators.combine(
                Arbitraries.of(CATEGORIES),
                Arbitraries.of(MatterKind.class),
                Arbitraries.of(Urgency.class),
                grids,
                compounds,
                when)
            .as(
                (category, kind, urgency, grid, compound, at) ->
                    RoutingFixture.order(
                        "WO-X",
                        Origin.demand(DemandId.of("D-X")),
                        category,
                        kind,
                        urgency,
                        grid,
                        compound.isEmpty() || !grid.equals(RoutingFixture.GRID_1)
                            ? null
                            : CompoundId.of(compound),
                        at));
    return one.list().ofMinSize(1).ofMaxSize(24).map(RoutingFixture::numbered);
  }

  @Property(tries = 50)
  void reusedDecisionsAreThoseOfTheDefaultRules(@ForAll("orders") List<WorkOrder> orders) {
    assertThat(REUSING_DEFAULT.route(DISTRICT, orders))
        .isEqualTo(DroolsRouting.firingEveryCase(DEFAULT).route(DISTRICT, orders));
  }

  @Property(tries = 50)
  void reusedDecisionsAreThoseOfRulesThatReadMore(@ForAll("orders") List<WorkOrder> orders) {
    assertThat(REUSING_INTEGRATOR.route(DISTRICT, orders))
        .isEqualTo(DroolsRouting.firingEveryCase(INTEGRATOR).route(DISTRICT, orders));
  }
}
