package org.gridgov.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.gridgov.core.evaluation.Satisfaction;
import org.gridgov.core.lists.Category;
import org.gridgov.core.lists.Channel;
import org.gridgov.core.lists.DemandId;
import org.gridgov.core.lists.MatterKind;
import org.gridgov.core.lists.Urgency;
import org.gridgov.core.people.PersonId;
import org.gridgov.core.territory.CompoundId;
import org.gridgov.core.territory.GridCode;
import org.gridgov.core.workorder.Actor;
import org.gridgov.core.workorder.EscalationLevel;
import org.gridgov.core.workorder.Ledger;
import org.gridgov.core.workorder.Lifecycle;
import org.gridgov.core.workorder.Origin;
import org.gridgov.core.workorder.Report;
import org.gridgov.core.workorder.Transition;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.core.workorder.WorkOrderEvent;
import org.gridgov.core.workorder.WorkOrderId;
import org.gridgov.core.workorder.WorkOrders;

/** Work-order events over several orders, made through the lifecycle's commands, for the tests. */
final class JournalEvents {

  static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  /** The snapshot fixtures' grids: two streets, three communities. */
  private static final List<GridCode> GRIDS =
      List.of(
          SnapshotFixtures.ZHANQIAN_1,
          SnapshotFixtures.ZHANQIAN_2,
          SnapshotFixtures.ZHANDONG_1,
          SnapshotFixtures.CHAHUI_1,
          SnapshotFixtures.MARKET_GRID);

  private JournalEvents() {}

  /** The report of order {@code WO-n}, with text that JSON must escape. */
  static WorkOrderEvent report(int n, Instant at) {
    Report report =
        new Report(
            WorkOrderId.of("WO-" + n),
            Origin.demand(DemandId.of("D-" + n)),
            Category.of("EVENT_PROPERTY_SERVICE"),
            MatterKind.AUTONOMY,
            Urgency.ROUTINE,
            Channel.CALL_GROUP,
            GRIDS.get(n % GRIDS.size()),
            n % 2 == 0 ? Optional.of(CompoundId.of("compound-" + n)) : Optional.empty(),
            "4号楼电梯坏了一周 \"lift\" \\ broken");
    return WorkOrder.report(report, Actor.person(PersonId.of("resident-" + n)), at, "呼叫群反映\n第二行")
        .history()
        .get(0);
  }

  /**
   * One move of a scenario: report order {@code order} if it is not reported yet, else apply the
   * step to it.
   */
  record Move(int order, int hours, Lifecycle.Step step) {}

  static Arbitrary<List<Move>> moves(int orders, int maxMoves) {
    return Combinators.combine(
            Arbitraries.integers().between(0, orders - 1),
            Arbitraries.integers().between(0, 24 * 300),
            Lifecycle.steps())
        .as(Move::new)
        .list()
        .ofMaxSize(maxMoves);
  }

  /**
   * What moves made.
   *
   * @param events the events of the moves the lifecycle applied, in order
   * @param orders the orders as the commands left them, in the order reported
   */
  record Played(List<WorkOrderEvent> events, List<WorkOrder> orders) {}

  /** Plays moves on live orders, through the lifecycle's commands. */
  static Played play(List<Move> moves) {
    Map<Integer, WorkOrder> live = new LinkedHashMap<>();
    List<WorkOrderEvent> events = new ArrayList<>();
    for (Move move : moves) {
      WorkOrder order = live.get(move.order());
      if (order == null) {
        WorkOrderEvent report = report(move.order(), START.plus(Duration.ofHours(move.hours())));
        events.add(report);
        live.put(move.order(), WorkOrders.replay(List.of(report)));
        continue;
      }
      Transition transition = Lifecycle.apply(order, move.step());
      transition.producedEvent().ifPresent(events::add);
      live.put(move.order(), transition.order());
    }
    return new Played(events, List.copyOf(live.values()));
  }

  /** A random step, as a process that is not a property makes them. */
  static Lifecycle.Step randomStep(Random random) {
    Lifecycle.Op[] ops = Lifecycle.Op.values();
    Lifecycle.Op op =
        random.nextInt(3) > 0 ? Lifecycle.Op.ADVANCE : ops[random.nextInt(ops.length)];
    return new Lifecycle.Step(
        op,
        random.nextInt(3000),
        Satisfaction.values()[random.nextInt(Satisfaction.values().length)],
        EscalationLevel.values()[random.nextInt(EscalationLevel.values().length)],
        random.nextInt(3));
  }

  /** Asserts that two collections of orders make the same ledger, line by line. */
  static void assertSameLedger(Collection<WorkOrder> actual, Collection<WorkOrder> expected) {
    Ledger a = Ledger.of(actual, SHANGHAI);
    Ledger e = Ledger.of(expected, SHANGHAI);
    assertThat(a.total()).isEqualTo(e.total());
    assertThat(a.byStreet()).isEqualTo(e.byStreet());
    assertThat(a.byCommunity()).isEqualTo(e.byCommunity());
    assertThat(a.byGrid()).isEqualTo(e.byGrid());
    assertThat(a.byOrigin()).isEqualTo(e.byOrigin());
  }
}
