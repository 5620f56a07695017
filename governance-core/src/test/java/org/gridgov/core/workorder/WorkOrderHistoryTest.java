package org.gridgov.core.workorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.core.workorder.Orders.RESIDENT;
import static org.gridgov.core.workorder.Orders.WORKER;
import static org.gridgov.core.workorder.Orders.next;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.gridgov.core.evaluation.Rating;
import org.gridgov.core.evaluation.Satisfaction;
import org.gridgov.core.people.PersonId;
import org.junit.jupiter.api.Test;

class WorkOrderHistoryTest {

  @Test
  void aCommandDatedBeforeTheLastEventIsRefused() {
    WorkOrder order = Orders.in(WorkOrderStatus.DISPATCHED);
    Instant earlier = order.lastEventAt().minusSeconds(1);

    Transition transition = order.accept(WORKER, earlier, "");

    Refusal refusal = transition.findRefusal().orElseThrow();
    assertThat(refusal.reason()).isEqualTo(Refusal.Reason.BEFORE_LAST_EVENT);
    assertThat(refusal.message())
        .isEqualTo(
            "order WO-17 cannot be accepted at "
                + earlier
                + ": its last event happened at "
                + order.lastEventAt()
                + ", and events may not go back in time");
    assertThat(transition.order()).isSameAs(order);
  }

  @Test
  void aCommandAtTheSameInstantAsTheLastEventIsApplied() {
    WorkOrder order = Orders.in(WorkOrderStatus.DISPATCHED);

    assertThat(order.accept(WORKER, order.lastEventAt(), "").isApplied()).isTrue();
  }

  @Test
  void aRatingGivenBeforeTheResolutionIsRefused() {
    WorkOrder order = Orders.in(WorkOrderStatus.RESOLVED);
    Rating early =
        Rating.of(Satisfaction.SATISFIED, PersonId.of("r-1"), order.lastEventAt().minusSeconds(60));

    assertThat(order.rate(early, RESIDENT, "").findRefusal().orElseThrow().reason())
        .isEqualTo(Refusal.Reason.BEFORE_LAST_EVENT);
  }

  @Test
  void eventsAreNumberedFromOneInTheOrderTheyHappened() {
    WorkOrder order = Orders.in(WorkOrderStatus.CLOSED);

    assertThat(order.history().stream().map(WorkOrderEvent::sequence))
        .containsExactlyElementsOf(
            IntStream.rangeClosed(1, order.history().size()).boxed().toList());
    assertThat(order.history()).allMatch(e -> e.order().equals(order.id()));
  }

  @Test
  void replayingTheHistoryRebuildsAnEqualOrder() {
    WorkOrder order = Orders.in(WorkOrderStatus.REOPENED);
    order = order.start(WORKER, next(order), "").orElseThrow();
    order = order.escalate(WORKER, next(order), "").orElseThrow();
    order = order.supervise(WORKER, next(order), "").orElseThrow();
    order = order.suspend(WORKER, next(order), "").orElseThrow();
    order = order.resume(WORKER, next(order), "").orElseThrow();

    WorkOrder replayed = WorkOrders.replay(order.history());

    assertThat(replayed).isEqualTo(order).hasSameHashCodeAs(order);
    assertThat(replayed.suspendedFrom()).isEqualTo(order.suspendedFrom());
    assertThat(replayed.reopenings()).isEqualTo(1);
  }

  @Test
  void replayRefusesAHistoryWithAnIllegalStep() {
    WorkOrder order = Orders.in(WorkOrderStatus.DISPATCHED);
    List<WorkOrderEvent> events = new ArrayList<>(order.history());
    events.add(new WorkOrderEvent.Resolved(order.id(), events.size() + 1, next(order), WORKER, ""));

    assertThatThrownBy(() -> WorkOrders.replay(events))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "event 3 cannot be replayed: order WO-17 cannot be resolved: it is DISPATCHED; resolve"
                + " needs IN_PROGRESS");
  }

  @Test
  void replayRefusesEventsOutOfSequence() {
    WorkOrder order = Orders.in(WorkOrderStatus.DISPATCHED);
    List<WorkOrderEvent> events = new ArrayList<>(order.history());
    events.add(new WorkOrderEvent.Accepted(order.id(), 7, next(order), WORKER, ""));

    assertThatThrownBy(() -> WorkOrders.replay(events))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has sequence number 7");
  }

  @Test
  void replayRefusesAHistoryThatDoesNotStartWithTheReport() {
    WorkOrder order = Orders.in(WorkOrderStatus.DISPATCHED);

    assertThatThrownBy(() -> WorkOrders.replay(order.history().subList(1, 2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("starts with its report");
  }

  @Test
  void applyingAnEventRecordedElsewhereGivesTheOrderTheCommandGave() {
    WorkOrder dispatched = Orders.in(WorkOrderStatus.DISPATCHED);
    WorkOrder accepted = Orders.in(WorkOrderStatus.ACCEPTED);
    WorkOrderEvent acceptance = accepted.history().get(2);

    Transition transition = WorkOrders.apply(dispatched, acceptance);

    assertThat(transition).isEqualTo(new Transition.Applied(accepted, acceptance));
  }

  @Test
  void applyingAnEventTheLifecycleRefusesReturnsTheRefusalAndTheOrderUnchanged() {
    WorkOrder order = Orders.in(WorkOrderStatus.DISPATCHED);
    WorkOrderEvent resolved = new WorkOrderEvent.Resolved(order.id(), 3, next(order), WORKER, "");

    Transition transition = WorkOrders.apply(order, resolved);

    assertThat(transition.order()).isSameAs(order);
    assertThat(transition.findRefusal().orElseThrow().message())
        .isEqualTo("order WO-17 cannot be resolved: it is DISPATCHED; resolve needs IN_PROGRESS");
  }

  @Test
  void applyingAnEventOfAnotherOrderOrOutOfSequenceIsAnError() {
    WorkOrder order = Orders.in(WorkOrderStatus.DISPATCHED);
    WorkOrder other =
        WorkOrder.report(Orders.report("WO-18", Orders.GRID), RESIDENT, Orders.T0, "");
    WorkOrderEvent foreign = Orders.dispatched(other).history().get(1);
    WorkOrderEvent stale = order.history().get(1);

    assertThatThrownBy(() -> WorkOrders.apply(order, foreign))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("event 3 is of order WO-18, not of WO-17");
    assertThatThrownBy(() -> WorkOrders.apply(order, stale))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("event 3 of order WO-17 has sequence number 2");
    assertThatThrownBy(() -> WorkOrders.apply(order, order.history().get(0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("event 3 of order WO-17 has sequence number 1");
  }

  @Test
  void theOrderAsOfAnInstantIsItsHistoryUpToThatInstant() {
    WorkOrder order = Orders.in(WorkOrderStatus.CLOSED);
    Instant whenAccepted = order.history().get(2).at();

    WorkOrder then = order.asOf(whenAccepted.plus(Duration.ofMinutes(30))).orElseThrow();

    assertThat(then.status()).isEqualTo(WorkOrderStatus.ACCEPTED);
    assertThat(then.history()).isEqualTo(order.history().subList(0, 3));
    assertThat(order.asOf(order.lastEventAt())).contains(order);
  }

  @Test
  void beforeItWasReportedAnOrderDidNotExist() {
    WorkOrder order = Orders.reported();

    assertThat(order.asOf(order.reportedAt().minusNanos(1))).isEmpty();
  }
}
