package org.gridgov.rules.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.gridgov.core.calendar.WorkingCalendar;
import org.gridgov.core.lists.Category;
import org.gridgov.core.lists.DemandId;
import org.gridgov.core.lists.MatterKind;
import org.gridgov.core.lists.Urgency;
import org.gridgov.core.organisation.Area;
import org.gridgov.core.territory.CompoundId;
import org.gridgov.core.territory.GridCode;
import org.gridgov.core.territory.PropertyMode;
import org.gridgov.core.workorder.Origin;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.rules.GovernanceEngine;
import org.gridgov.rules.decision.CategoryDefinition;
import org.gridgov.rules.fact.RoutingCase;
import org.gridgov.rules.fact.Scope;
import org.gridgov.rules.fact.trace.RoutingField;

/**
 * An order's case, its fields worked out one at a time as a walk asks for them, gives every field
 * the value the whole case holds: for orders with and without a compound (one the territory does
 * not know among them), with demands that span grids or communities or are unknown, and with the
 * host's hints.
 */
class OrderCaseProperties {

  private static final DistrictContext DISTRICT =
      RoutingFixture.district(
          List.of(
              RoutingFixture.demand(
                  "ACROSS-GRIDS", RoutingFixture.GRID_1, Area.of(RoutingFixture.GRID_2)),
              RoutingFixture.demand(
                  "ACROSS-COMMUNITIES", RoutingFixture.GRID_1, Area.of(RoutingFixture.EAST_GRID))));
  private static final GovernanceEngine ENGINE = GovernanceEngine.builder().build();
  private static final WorkingCalendar CALENDAR = ENGINE.calendar();
  private static final Map<Category, CategoryDefinition> CATEGORIES =
      Routing.on(ENGINE).categories();

  /** An order with the hints its host gives. */
  record Hinted(WorkOrder order, RoutingHints hints) {}

  @Provide
  Arbitrary<Hinted> orders() {
    Arbitrary<GridCode> grids =
        Arbitraries.of(RoutingFixture.GRID_1, RoutingFixture.GRID_2, RoutingFixture.EAST_GRID);
    Arbitrary<Optional<CompoundId>> compounds =
        Arbitraries.of(
            Optional.empty(),
            Optional.of(RoutingFixture.MANAGED),
            Optional.of(RoutingFixture.COMMUNITY_RUN),
            Optional.of(RoutingFixture.SELF_MANAGED),
            Optional.of(RoutingFixture.UNMANAGED),
            Optional.of(CompoundId.of("ZQ-NOWHERE")));
    Arbitrary<String> demands = Arbitraries.of("D-ACROSS-GRIDS", "D-ACROSS-COMMUNITIES", "D-NONE");
    Arbitrary<RoutingHints> hints =
        Arbitraries.of(
            RoutingHints.NONE,
            RoutingHints.beyondResources(),
            RoutingHints.scope(Scope.ACROSS_GRIDS),
            new RoutingHints(Optional.of(Scope.WITHIN_GRID), true));
    Arbitrary<Instant> when =
        Arbitraries.integers()
            .between(0, 7 * 24 * 4 - 1)
            .map(q -> RoutingFixture.NOW.plus(Duration.ofMinutes(15L * q)));
    Arbitrary<WorkOrder> order =
        Combinators.combine(
                Arbitraries.of(List.copyOf(CATEGORIES.keySet())),
                Arbitraries.of(MatterKind.class),
                Arbitraries.of(Urgency.class),
                grids,
                compounds,
                demands,
                when)
            .as(
                (category, kind, urgency, grid, compound, demand, at) ->
                    RoutingFixture.order(
                        "WO-X",
                        Origin.demand(DemandId.of(demand)),
                        category.code(),
                        kind,
                        urgency,
                        grid,
                        compound.orElse(null),
                        at));
    return Combinators.combine(order, hints).as(Hinted::new);
  }

  private static OrderCase caseOf(Hinted h) {
    WorkOrder o = h.order();
    return new OrderCase(
        DISTRICT,
        DISTRICT.place(o.grid()),
        CATEGORIES.get(o.category()),
        o,
        h.hints(),
        !CALENDAR.isWorkingMoment(o.reportedAt()));
  }

  @Property(tries = 300)
  void everyFieldIsTheWholeCasesField(@ForAll("orders") Hinted h) {
    OrderCase fields = caseOf(h);
    RoutingCase whole = caseOf(h).whole("WO-X");

    for (RoutingField f : RoutingField.values()) {
      assertThat(fields.value(f)).as(f.name()).isEqualTo(f.valueIn(whole));
      if (f.slots() > 0) {
        assertThat(fields.slot(f)).as(f.name()).isEqualTo(f.slotIn(whole));
      } else {
        assertThatThrownBy(() -> fields.slot(f))
            .isInstanceOf(UnsupportedOperationException.class)
            .hasMessageContaining(f.name());
      }
    }
  }

  @Property(tries = 300)
  void theWholeCaseIsMadeFromTheOrderTheDistrictAndTheHints(@ForAll("orders") Hinted h) {
    WorkOrder o = h.order();
    String compound =
        o.compound().map(CompoundId::value).filter(c -> !c.equals("ZQ-NOWHERE")).orElse("");
    Map<String, PropertyMode> modes =
        Map.of(
            RoutingFixture.MANAGED.value(), PropertyMode.PROFESSIONAL,
            RoutingFixture.COMMUNITY_RUN.value(), PropertyMode.COMMUNITY_RUN,
            RoutingFixture.SELF_MANAGED.value(), PropertyMode.SELF_MANAGED,
            RoutingFixture.UNMANAGED.value(), PropertyMode.NONE);
    Scope fromDemand =
        switch (o.origin().demandId().orElseThrow().value()) {
          case "D-ACROSS-GRIDS" -> Scope.ACROSS_GRIDS;
          case "D-ACROSS-COMMUNITIES" -> Scope.ACROSS_COMMUNITIES;
          default -> Scope.WITHIN_GRID;
        };
    CategoryDefinition category = CATEGORIES.get(o.category());

    RoutingCase whole = caseOf(h).whole("WO-X");

    assertThat(whole)
        .isEqualTo(
            new RoutingCase(
                "WO-X",
                o.category().code(),
                category.topic(),
                category.skill(),
                o.matterKind(),
                o.urgency(),
                h.hints().scope().orElse(fromDemand),
                compound,
                modes.getOrDefault(compound, PropertyMode.NONE),
                h.hints().beyondCommunityResources(),
                Set.of("EVENT_STREET_ORDER", "EVENT_EMERGENCY").contains(o.category().code()),
                o.grid().community().equals(RoutingFixture.ZHANQIAN),
                o.grid().equals(RoutingFixture.GRID_1),
                o.grid().value(),
                o.grid().community().value(),
                o.grid().street().value(),
                !CALENDAR.isWorkingMoment(o.reportedAt())));
  }

  @Property(tries = 100)
  void theWholeCaseIsTheSameAfterAnyFieldWasAskedFor(@ForAll("orders") Hinted h) {
    RoutingCase fresh = caseOf(h).whole("WO-X");

    for (RoutingField f : RoutingField.values()) {
      OrderCase asked = caseOf(h);
      asked.value(f);
      assertThat(asked.whole("WO-X")).as(f.name()).isEqualTo(fresh);
    }
  }
}
