package org.gridgov.examples.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.gridgov.core.workorder.WorkOrderId;

/**
 * The next steps give the orders due in the order a {@link LinkedHashMap} of every order's step
 * would iterate them, as the simulation walked over its orders before.
 */
class NextStepsProperties {

  private static final Instant START = Instant.parse("2024-01-02T01:00:00Z");

  /** Sets a step, removes one, or takes the steps due by a moment and moves each on or ends it. */
  private record Op(int kind, int order, int minutes, int seconds) {}

  @Provide
  Arbitrary<List<Op>> ops() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 2),
            Arbitraries.integers().between(0, 12),
            Arbitraries.integers().between(0, 600),
            Arbitraries.integers().between(0, 59))
        .as(Op::new)
        .list()
        .ofMaxSize(200);
  }

  @Property(tries = 300)
  void theOrdersDueComeInTheOrderOfALinkedHashMapOfTheirSteps(@ForAll("ops") List<Op> ops) {
    NextSteps steps = new NextSteps();
    Map<WorkOrderId, Instant> model = new LinkedHashMap<>();
    Instant now = START;
    for (Op op : ops) {
      WorkOrderId id = WorkOrderId.of("WO-" + op.order());
      Instant at = now.plusSeconds(60L * op.minutes() + op.seconds());
      switch (op.kind()) {
        case 0 -> {
          steps.set(id, at);
          model.put(id, at);
        }
        case 1 -> {
          steps.remove(id);
          model.remove(id);
        }
        default -> {
          List<WorkOrderId> expected = new ArrayList<>();
          Instant until = at;
          model.forEach(
              (order, due) -> {
                if (!due.isAfter(until)) {
                  expected.add(order);
                }
              });

          List<WorkOrderId> due = steps.dueBy(until);

          assertThat(due).containsExactlyElementsOf(expected);
          for (WorkOrderId order : due) {
            if (order.value().hashCode() % 3 == 0) {
              steps.remove(order);
              model.remove(order);
            } else {
              Instant later = until.plusSeconds(60L * (op.minutes() % 7) + 1 + op.seconds());
              steps.set(order, later);
              model.put(order, later);
            }
          }
          now = until;
        }
      }
      for (int i = 0; i <= 12; i++) {
        WorkOrderId order = WorkOrderId.of("WO-" + i);
        assertThat(steps.due(order)).isEqualTo(model.get(order));
      }
    }
  }
}
