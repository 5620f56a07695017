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

  /** An order's step, named by the order. */
  private static final class Named extends NextSteps.Step {
    private final WorkOrderId id;

    Named(WorkOrderId id) {
      this.id = id;
    }

    WorkOrderId id() {
      return id;
    }

    @Override
    public String toString() {
      return id.value();
    }
  }

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
    NextSteps<Named> steps = new NextSteps<>();
    Map<Named, Instant> model = new LinkedHashMap<>();
    List<Named> orders = new ArrayList<>();
    for (int i = 0; i <= 12; i++) {
      orders.add(new Named(WorkOrderId.of("WO-" + i)));
    }
    Instant now = START;
    for (Op op : ops) {
      Named id = orders.get(op.order());
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
          List<Named> expected = new ArrayList<>();
          Instant until = at;
          model.forEach(
              (order, due) -> {
                if (!due.isAfter(until)) {
                  expected.add(order);
                }
              });

          List<Named> due = steps.dueBy(until);

          assertThat(due).containsExactlyElementsOf(expected);
          for (Named order : due) {
            if (order.id().value().hashCode() % 3 == 0) {
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
      for (Named order : orders) {
        assertThat(steps.due(order)).as("%s", order.id()).isEqualTo(model.get(order));
      }
    }
  }
}
