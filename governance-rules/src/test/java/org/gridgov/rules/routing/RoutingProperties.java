package org.gridgov.rules.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.gridgov.core.lists.Category;
import org.gridgov.core.lists.MatterKind;
import org.gridgov.core.lists.Urgency;
import org.gridgov.core.territory.CompoundId;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.rules.GovernanceEngine;

class RoutingProperties {

  private static final Routing ROUTING = Routing.on(GovernanceEngine.builder().build());
  private static final DistrictContext DISTRICT = RoutingFixture.district();
  private static final List<String> CATEGORIES =
      ROUTING.categories().keySet().stream().map(Category::code).toList();

  @Provide
  Arbitrary<List<WorkOrder>> orders() {
    Arbitrary<WorkOrder> one =
        Combinators.combine(
                Arbitraries.of(CATEGORIES),
                Arbitraries.of(MatterKind.class),
                Arbitraries.of(Urgency.class),
                Arbitraries.of(
                    RoutingFixture.GRID_1, RoutingFixture.GRID_2, RoutingFixture.EAST_GRID),
                Arbitraries.of(
                    "",
                    RoutingFixture.MANAGED.value(),
                    RoutingFixture.COMMUNITY_RUN.value(),
                    RoutingFixture.SELF_MANAGED.value(),
                    RoutingFixture.UNMANAGED.value()))
            .as(
                (category, kind, urgency, grid, compound) ->
                    RoutingFixture.order(
                        "WO-X",
                        category,
                        kind,
                        urgency,
                        grid,
                        compound.isEmpty() || !grid.equals(RoutingFixture.GRID_1)
                            ? null
                            : CompoundId.of(compound)));
    return one.list().ofMinSize(1).ofMaxSize(12).map(RoutingFixture::numbered);
  }

  @Property(tries = 60)
  void everyValidOrderGetsExactlyOneResponsibleSubject(@ForAll("orders") List<WorkOrder> orders) {
    List<RoutingDecision> decisions = ROUTING.route(DISTRICT, orders);

    assertThat(decisions).hasSameSizeAs(orders);
    for (int i = 0; i < orders.size(); i++) {
      RoutingDecision d = decisions.get(i);
      assertThat(d.order()).isEqualTo(orders.get(i).id());
      assertThat(d.responsible()).isNotNull();
      assertThat(d.considered().get(0).rule()).isEqualTo(d.rule());
      assertThat(d.considered())
          .as("the winner, then the rules passed over for want of a subject, then the outranked")
          .extracting(c -> c.outcome().ordinal())
          .isSorted()
          .filteredOn(o -> o == ConsideredRule.Outcome.CHOSEN.ordinal())
          .hasSize(1);
      assertThat(d.informed()).doesNotContain(d.responsible());
    }
  }

  @Property(tries = 30)
  void theSameOrdersGetTheSameDecisions(@ForAll("orders") List<WorkOrder> orders) {
    assertThat(ROUTING.route(DISTRICT, orders)).isEqualTo(ROUTING.route(DISTRICT, orders));
  }

  @Property(tries = 30)
  void routingInABatchDecidesAsRoutingOneByOneForOrdersWithoutHelpers(
      @ForAll("orders") List<WorkOrder> orders) {
    List<WorkOrder> withoutHelpers =
        orders.stream()
            .filter(o -> ROUTING.categories().get(o.category()).skill().isEmpty())
            .toList();
    List<RoutingDecision> batch = ROUTING.route(DISTRICT, withoutHelpers);
    for (int i = 0; i < withoutHelpers.size(); i++) {
      assertThat(ROUTING.route(DISTRICT, withoutHelpers.get(i))).isEqualTo(batch.get(i));
    }
  }
}
