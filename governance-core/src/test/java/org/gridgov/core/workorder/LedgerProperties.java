package org.gridgov.core.workorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.gridgov.core.calendar.YearQuarter;
import org.gridgov.core.territory.GridCode;

class LedgerProperties {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");

  /** Two streets, three communities, five grids. */
  private static final List<GridCode> GRIDS =
      List.of(
          GridCode.of("350111001001001"),
          GridCode.of("350111001001002"),
          GridCode.of("350111001002001"),
          GridCode.of("350111102201001"),
          GridCode.of("350111102201007"));

  private record Seed(int grid, int hours, List<Lifecycle.Step> steps) {}

  @Provide
  Arbitrary<List<WorkOrder>> orders() {
    Arbitrary<Seed> seeds =
        Combinators.combine(
                Arbitraries.integers().between(0, GRIDS.size() - 1),
                Arbitraries.integers().between(0, 24 * 365),
                Lifecycle.steps().list().ofMaxSize(20))
            .as(Seed::new);
    return seeds
        .list()
        .ofMaxSize(20)
        .map(
            list -> {
              List<WorkOrder> orders = new ArrayList<>();
              for (int i = 0; i < list.size(); i++) {
                Seed seed = list.get(i);
                WorkOrder order =
                    WorkOrder.report(
                        Orders.report("WO-" + i, GRIDS.get(seed.grid())),
                        Orders.RESIDENT,
                        START.plus(Duration.ofHours(seed.hours())),
                        "");
                orders.add(Lifecycle.run(order, seed.steps()));
              }
              return orders;
            });
  }

  @Property(tries = 300)
  void theLedgerBalancesPerGridCommunityStreetAndInTotal(@ForAll("orders") List<WorkOrder> orders) {
    Ledger ledger = Ledger.of(orders, SHANGHAI);

    assertBalanced(ledger.total());
    ledger.byGrid().values().forEach(LedgerProperties::assertBalanced);
    ledger.byCommunity().values().forEach(LedgerProperties::assertBalanced);
    ledger.byStreet().values().forEach(LedgerProperties::assertBalanced);
    assertThat(ledger.total().formed()).isEqualTo(orders.size());
  }

  @Property(tries = 300)
  void theLinesOfEveryGroupingAddUpToTheTotal(@ForAll("orders") List<WorkOrder> orders) {
    Ledger ledger = Ledger.of(orders, SHANGHAI);

    assertThat(sum(ledger.byStreet().values())).isEqualTo(ledger.total());
    assertThat(sum(ledger.byCommunity().values())).isEqualTo(ledger.total());
    assertThat(sum(ledger.byGrid().values())).isEqualTo(ledger.total());
    assertThat(sum(ledger.byOrigin().values())).isEqualTo(ledger.total());
  }

  @Property(tries = 300)
  void theLineOfSeveralOrdersIsTheSumOfTheirOwnLines(@ForAll("orders") List<WorkOrder> orders) {
    List<LedgerLine> own = new ArrayList<>();
    orders.forEach(o -> own.add(LedgerLine.of(o)));

    assertThat(LedgerLine.of(orders)).isEqualTo(sum(own));
    assertThat(LedgerLine.of(List.<WorkOrder>of())).isEqualTo(LedgerLine.EMPTY);
  }

  @Property(tries = 300)
  void aLedgerAsOfAnyInstantBalancesAndHoldsOnlyOrdersReportedBy(
      @ForAll("orders") List<WorkOrder> orders, @ForAll @IntRange(max = 24 * 400) int hours) {
    Instant instant = START.plus(Duration.ofHours(hours));
    Ledger ledger = Ledger.asOf(orders, SHANGHAI, instant);

    assertBalanced(ledger.total());
    assertThat(sum(ledger.byStreet().values())).isEqualTo(ledger.total());
    assertThat(ledger.orders()).allMatch(o -> !o.lastEventAt().isAfter(instant));
    assertThat(ledger.total().formed())
        .isEqualTo((int) orders.stream().filter(o -> !o.reportedAt().isAfter(instant)).count());
  }

  @Property(tries = 300)
  void theQuartersOfAYearAddUpToTheYear(@ForAll("orders") List<WorkOrder> orders) {
    Ledger ledger = Ledger.of(orders, SHANGHAI);
    LedgerLine quarters = LedgerLine.EMPTY;
    for (int q = 1; q <= 4; q++) {
      quarters = quarters.plus(ledger.within(YearQuarter.of(2024, q).period()).total());
    }

    assertThat(quarters)
        .isEqualTo(ledger.within(org.gridgov.core.calendar.Period.year(2024)).total());
  }

  private static void assertBalanced(LedgerLine line) {
    assertThat(line.closed() + line.open() + line.cancelled()).isEqualTo(line.formed());
  }

  private static LedgerLine sum(Collection<LedgerLine> lines) {
    LedgerLine sum = LedgerLine.EMPTY;
    for (LedgerLine line : lines) {
      sum = sum.plus(line);
    }
    return sum;
  }
}
