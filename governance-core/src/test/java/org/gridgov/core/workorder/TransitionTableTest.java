package org.gridgov.core.workorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.core.workorder.Orders.HOUSING;
import static org.gridgov.core.workorder.Orders.RESIDENT;
import static org.gridgov.core.workorder.Orders.WORKER;
import static org.gridgov.core.workorder.Orders.next;
import static org.gridgov.core.workorder.WorkOrderStatus.ACCEPTED;
import static org.gridgov.core.workorder.WorkOrderStatus.CANCELLED;
import static org.gridgov.core.workorder.WorkOrderStatus.CLOSED;
import static org.gridgov.core.workorder.WorkOrderStatus.DISPATCHED;
import static org.gridgov.core.workorder.WorkOrderStatus.IN_PROGRESS;
import static org.gridgov.core.workorder.WorkOrderStatus.RATED;
import static org.gridgov.core.workorder.WorkOrderStatus.REOPENED;
import static org.gridgov.core.workorder.WorkOrderStatus.REPORTED;
import static org.gridgov.core.workorder.WorkOrderStatus.RESOLVED;
import static org.gridgov.core.workorder.WorkOrderStatus.RETURNED;
import static org.gridgov.core.workorder.WorkOrderStatus.SUSPENDED;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.gridgov.core.evaluation.Satisfaction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command from every status: legal where the table says so, leading where it says, refused
 * with the order unchanged everywhere else. The table is written out here again on purpose, so that
 * a change to the production table has to be made twice.
 */
class TransitionTableTest {

  private static final Set<WorkOrderStatus> OPEN =
      Set.of(
          REPORTED,
          DISPATCHED,
          ACCEPTED,
          IN_PROGRESS,
          RESOLVED,
          RATED,
          RETURNED,
          SUSPENDED,
          REOPENED);

  /** Legal source statuses and the target status (null: the status does not change). */
  private static final Map<WorkOrderCommand, Map<WorkOrderStatus, WorkOrderStatus>> TABLE =
      new EnumMap<>(WorkOrderCommand.class);

  static {
    put(WorkOrderCommand.DISPATCH, Set.of(REPORTED, RETURNED), DISPATCHED);
    put(WorkOrderCommand.ACCEPT, Set.of(DISPATCHED), ACCEPTED);
    put(WorkOrderCommand.START, Set.of(ACCEPTED, REOPENED), IN_PROGRESS);
    put(WorkOrderCommand.RESOLVE, Set.of(IN_PROGRESS), RESOLVED);
    put(WorkOrderCommand.RATE, Set.of(RESOLVED), RATED);
    put(WorkOrderCommand.CLOSE, Set.of(RATED, RESOLVED), CLOSED);
    put(WorkOrderCommand.RETURN, Set.of(DISPATCHED, ACCEPTED), RETURNED);
    put(
        WorkOrderCommand.SUSPEND,
        Set.of(REPORTED, RETURNED, DISPATCHED, ACCEPTED, IN_PROGRESS, REOPENED),
        SUSPENDED);
    put(WorkOrderCommand.RESUME, Set.of(SUSPENDED), IN_PROGRESS); // suspended from IN_PROGRESS
    put(WorkOrderCommand.CANCEL, OPEN, CANCELLED);
    put(WorkOrderCommand.ESCALATE, OPEN, null);
    put(WorkOrderCommand.SUPERVISE, OPEN, null);
    put(WorkOrderCommand.REMIND, Set.of(DISPATCHED, ACCEPTED, IN_PROGRESS, REOPENED), null);
    put(
        WorkOrderCommand.REVISE_DEADLINES,
        Set.of(DISPATCHED, ACCEPTED, IN_PROGRESS, REOPENED),
        null);
  }

  private static void put(WorkOrderCommand command, Set<WorkOrderStatus> from, WorkOrderStatus to) {
    Map<WorkOrderStatus, WorkOrderStatus> row = new EnumMap<>(WorkOrderStatus.class);
    for (WorkOrderStatus status : from) {
      row.put(status, to == null ? status : to);
    }
    TABLE.put(command, row);
  }

  private static final Map<WorkOrderCommand, Function<WorkOrder, Transition>> COMMANDS =
      new EnumMap<>(WorkOrderCommand.class);

  static {
    COMMANDS.put(
        WorkOrderCommand.DISPATCH, o -> o.dispatch(HOUSING, Deadlines.NONE, WORKER, next(o), ""));
    COMMANDS.put(WorkOrderCommand.ACCEPT, o -> o.accept(WORKER, next(o), ""));
    COMMANDS.put(WorkOrderCommand.START, o -> o.start(WORKER, next(o), ""));
    COMMANDS.put(WorkOrderCommand.RESOLVE, o -> o.resolve(WORKER, next(o), "done"));
    COMMANDS.put(
        WorkOrderCommand.RATE, o -> o.rate(Orders.rating(o, Satisfaction.SATISFIED), RESIDENT, ""));
    COMMANDS.put(WorkOrderCommand.CLOSE, o -> o.close(WORKER, next(o), ""));
    COMMANDS.put(WorkOrderCommand.RETURN, o -> o.returnOrder(WORKER, next(o), "not ours"));
    COMMANDS.put(WorkOrderCommand.ESCALATE, o -> o.escalate(WORKER, next(o), "stuck"));
    COMMANDS.put(WorkOrderCommand.SUPERVISE, o -> o.supervise(WORKER, next(o), "slow"));
    COMMANDS.put(WorkOrderCommand.SUSPEND, o -> o.suspend(WORKER, next(o), "waiting"));
    COMMANDS.put(WorkOrderCommand.RESUME, o -> o.resume(WORKER, next(o), ""));
    COMMANDS.put(
        WorkOrderCommand.CANCEL,
        o -> o.cancel(CancellationReason.INVALID, WORKER, next(o), "no such lift"));
    COMMANDS.put(WorkOrderCommand.REMIND, o -> o.remind(WORKER, next(o), "hurry"));
    COMMANDS.put(
        WorkOrderCommand.REVISE_DEADLINES,
        o ->
            o.reviseDeadlines(
                Deadlines.resolveBy(next(o).plus(Duration.ofDays(20))),
                WORKER,
                next(o),
                "official 2027 schedule loaded"));
  }

  static Stream<Arguments> everyCommandFromEveryStatus() {
    List<Arguments> all = new ArrayList<>();
    for (WorkOrderCommand command : WorkOrderCommand.values()) {
      for (WorkOrderStatus status : WorkOrderStatus.values()) {
        all.add(Arguments.of(command, status));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} from {1}")
  @MethodSource("everyCommandFromEveryStatus")
  void aCommandIsAppliedExactlyWhereTheTableAllowsIt(
      WorkOrderCommand command, WorkOrderStatus status) {
    WorkOrder before = Orders.in(status);
    assertThat(before.status()).isEqualTo(status);

    Transition transition = COMMANDS.get(command).apply(before);

    WorkOrderStatus expected = TABLE.get(command).get(status);
    if (expected == null) {
      assertThat(transition).isInstanceOf(Transition.Refused.class);
      Refusal refusal = transition.findRefusal().orElseThrow();
      assertThat(refusal.reason()).isEqualTo(Refusal.Reason.WRONG_STATUS);
      assertThat(refusal.command()).isEqualTo(command);
      assertThat(refusal.status()).isEqualTo(status);
      assertThat(refusal.message())
          .startsWith("order WO-17 cannot be " + command.participle() + ": it is " + status);
      assertThat(transition.order()).isSameAs(before);
    } else {
      assertThat(transition).isInstanceOf(Transition.Applied.class);
      assertThat(transition.order().status()).isEqualTo(expected);
      assertThat(transition.order().history())
          .hasSize(before.history().size() + 1)
          .endsWith(transition.producedEvent().orElseThrow());
    }
  }

  @ParameterizedTest(name = "{0} from {1}")
  @MethodSource("everyCommandFromEveryStatus")
  void theProductionTableIsTheDocumentedOne(WorkOrderCommand command, WorkOrderStatus status) {
    assertThat(command.isAllowedFrom(status)).isEqualTo(TABLE.get(command).containsKey(status));
  }
}
