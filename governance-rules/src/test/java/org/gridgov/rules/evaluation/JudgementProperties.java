package org.gridgov.rules.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.rules.evaluation.Districts.Q1;
import static org.gridgov.rules.evaluation.Districts.Q2;
import static org.gridgov.rules.evaluation.Districts.ZHANDONG_1;
import static org.gridgov.rules.evaluation.Districts.ZHANQIAN_1;
import static org.gridgov.rules.evaluation.Districts.ZHANQIAN_2;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.gridgov.core.calendar.YearQuarter;
import org.gridgov.core.io.Durability;
import org.gridgov.core.io.WorkOrderJournal;
import org.gridgov.core.territory.GridCode;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.core.workorder.WorkOrderEvent;
import org.gridgov.rules.GovernanceEngine;
import org.gridgov.rules.decision.WeakGrid;

/** What the quarterly judgement guarantees, whatever the orders' histories. */
class JudgementProperties {

  private static final Evaluation EVALUATION = Evaluation.on(GovernanceEngine.builder().build());

  private static final GridCode[] GRIDS = {ZHANQIAN_1, ZHANQIAN_2, ZHANDONG_1};

  /** Up to {@code most} orders in each grid and quarter, some weeks apart, with drawn stories. */
  private static List<WorkOrder> orders(long seed, int most, YearQuarter... quarters) {
    Random random = new Random(seed);
    List<WorkOrder> orders = new ArrayList<>();
    for (YearQuarter q : quarters) {
      for (GridCode g : GRIDS) {
        int n = random.nextInt(most + 1);
        for (int i = 0; i < n; i++) {
          String id = q.quarter() + "-" + g.value().substring(9) + "-" + i;
          orders.add(OrderStories.drawn(id, g, Districts.in(q, 1 + i), random));
        }
      }
    }
    return orders;
  }

  @Property(tries = 60)
  void aGridWithNoDueOrdersIsNeverWeak(
      @ForAll long seed, @ForAll @IntRange(min = 0, max = 5) int most) {
    EvaluationReport report =
        EVALUATION.evaluate(Districts.snapshot(orders(seed, most, Q1, Q2)), Q2);

    Set<GridCode> weak =
        report.weakGrids().stream().map(WeakGrid::grid).collect(Collectors.toSet());
    for (GridScore s : report.grids()) {
      if (s.due().due() == 0) {
        assertThat(weak).doesNotContain(s.grid());
        assertThat(s.score()).isEmpty();
      }
    }
  }

  @Property(tries = 60)
  void addingAnOnTimeSatisfiedOrderNeverLowersAGridsScore(
      @ForAll long seed, @ForAll @IntRange(min = 2, max = 6) int most) {
    List<WorkOrder> orders = orders(seed, most, Q2);
    List<WorkOrder> more = new ArrayList<>(orders);
    more.add(OrderStories.onTimeAndSatisfied("GOOD", ZHANQIAN_1, Districts.in(Q2, 3)));

    GridScore before =
        EVALUATION.evaluate(Districts.snapshot(orders), Q2).grid(ZHANQIAN_1).orElseThrow();
    GridScore after =
        EVALUATION.evaluate(Districts.snapshot(more), Q2).grid(ZHANQIAN_1).orElseThrow();

    // one quarter only: no pooling, so a scored grid stays judged on the quarter
    assertThat(after.due().due()).isEqualTo(before.due().due() + 1);
    if (before.score().isPresent()) {
      OptionalDouble now = after.score();
      assertThat(now).isPresent();
      assertThat(now.getAsDouble()).isGreaterThanOrEqualTo(before.score().getAsDouble());
    }
  }

  @Property(tries = 25)
  void roleKpisRecomputedFromAReplayedJournalEqualTheLiveOnes(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 5) int most) throws IOException {
    List<WorkOrder> live = orders(seed, most, Q1, Q2);
    Path dir = Files.createTempDirectory("role-kpis");
    try {
      Path file = dir.resolve("orders.journal");
      try (WorkOrderJournal journal = WorkOrderJournal.open(file, Durability.onClose())) {
        for (WorkOrder o : live) {
          for (WorkOrderEvent e : o.history()) {
            journal.append(e);
          }
        }
      }
      List<WorkOrder> replayed;
      try (WorkOrderJournal journal = WorkOrderJournal.open(file, Durability.onClose())) {
        replayed = journal.orders();
      }

      assertThat(EVALUATION.roleKpis(replayed)).isEqualTo(EVALUATION.roleKpis(live));
      assertThat(EVALUATION.evaluate(Districts.snapshot(replayed), Q2).roles())
          .isEqualTo(EVALUATION.evaluate(Districts.snapshot(live), Q2).roles());
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }
}
