package org.gridgov.core.workorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.core.workorder.Orders.HOUSING;
import static org.gridgov.core.workorder.Orders.PROPERTY;
import static org.gridgov.core.workorder.Orders.RESIDENT;
import static org.gridgov.core.workorder.Orders.RULE;
import static org.gridgov.core.workorder.Orders.WORKER;
import static org.gridgov.core.workorder.Orders.next;

import java.time.Duration;
import java.time.Instant;
import org.gridgov.core.evaluation.Rating;
import org.gridgov.core.evaluation.Satisfaction;
import org.gridgov.core.people.PersonId;
import org.junit.jupiter.api.Test;

class WorkOrderLifecycleTest {

  @Test
  void reportingCreatesAReportedOrderAtGridLevelWithOneEvent() {
    WorkOrder order = Orders.reported();

    assertThat(order.status()).isEqualTo(WorkOrderStatus.REPORTED);
    assertThat(order.escalationLevel()).isEqualTo(EscalationLevel.GRID);
    assertThat(order.assignee()).isEmpty();
    assertThat(order.isSupervised()).isFalse();
    assertThat(order.reportedAt()).isEqualTo(Orders.T0);
    assertThat(order.history()).singleElement().isInstanceOf(WorkOrderEvent.Reported.class);
    assertThat(order.history().get(0).sequence()).isEqualTo(1);
  }

  @Test
  void acceptingAReportedOrderIsRefusedBecauseItWasNotDispatched() {
    WorkOrder order = Orders.reported();

    Transition transition = order.accept(WORKER, next(order), "");

    assertThat(transition.isApplied()).isFalse();
    assertThat(transition.findRefusal().orElseThrow().message())
        .isEqualTo("order WO-17 cannot be accepted: it is REPORTED; accept needs DISPATCHED");
    assertThat(transition.order()).isSameAs(order);
  }

  @Test
  void aRefusalNamesEveryStatusTheCommandIsLegalFrom() {
    WorkOrder order = Orders.in(WorkOrderStatus.IN_PROGRESS);

    Refusal refusal =
        order
            .dispatch(HOUSING, Deadlines.NONE, WORKER, next(order), "")
            .findRefusal()
            .orElseThrow();

    assertThat(refusal.message())
        .isEqualTo(
            "order WO-17 cannot be dispatched: it is IN_PROGRESS; dispatch needs REPORTED or"
                + " RETURNED");
  }

  @Test
  void dispatchingGivesTheOrderItsAssigneeAndDeadlines() {
    WorkOrder order = Orders.reported();
    Instant at = next(order);
    Deadlines deadlines = Deadlines.of(at.plus(Duration.ofDays(1)), at.plus(Duration.ofDays(3)));

    WorkOrder dispatched =
        order.dispatch(PROPERTY, deadlines, WORKER, at, "a lift is property").orElseThrow();

    assertThat(dispatched.status()).isEqualTo(WorkOrderStatus.DISPATCHED);
    assertThat(dispatched.assignee()).contains(PROPERTY);
    assertThat(dispatched.deadlines()).isEqualTo(deadlines);
    assertThat(dispatched.history().get(1))
        .isEqualTo(
            new WorkOrderEvent.Dispatched(
                WorkOrderId.of("WO-17"), 2, at, WORKER, "a lift is property", PROPERTY, deadlines));
  }

  @Test
  void theAssigneeAcceptsStartsAndResolvesTheOrder() {
    WorkOrder order = Orders.in(WorkOrderStatus.DISPATCHED);

    WorkOrder accepted = order.accept(WORKER, next(order), "").orElseThrow();
    WorkOrder started = accepted.start(WORKER, next(accepted), "").orElseThrow();
    WorkOrder resolved = started.resolve(WORKER, next(started), "lift repaired").orElseThrow();

    assertThat(accepted.status()).isEqualTo(WorkOrderStatus.ACCEPTED);
    assertThat(started.status()).isEqualTo(WorkOrderStatus.IN_PROGRESS);
    assertThat(resolved.status()).isEqualTo(WorkOrderStatus.RESOLVED);
    assertThat(resolved.resolvedAt()).contains(resolved.lastEventAt());
  }

  @Test
  void aSatisfiedRatingLetsTheOrderBeClosed() {
    WorkOrder order = Orders.in(WorkOrderStatus.RESOLVED);
    Rating rating = Orders.rating(order, Satisfaction.SATISFIED);

    WorkOrder rated = order.rate(rating, RESIDENT, "").orElseThrow();
    WorkOrder closed = rated.close(WORKER, next(rated), "reconciled").orElseThrow();

    assertThat(rated.status()).isEqualTo(WorkOrderStatus.RATED);
    assertThat(rated.ratings()).containsExactly(rating);
    assertThat(rated.lastEventAt()).isEqualTo(rating.ratedAt());
    assertThat(closed.status()).isEqualTo(WorkOrderStatus.CLOSED);
  }

  @Test
  void aBasicallySatisfiedRatingAlsoLetsTheOrderBeClosed() {
    WorkOrder order = Orders.in(WorkOrderStatus.RESOLVED);

    WorkOrder rated =
        order
            .rate(Orders.rating(order, Satisfaction.BASICALLY_SATISFIED), RESIDENT, "")
            .orElseThrow();

    assertThat(rated.status()).isEqualTo(WorkOrderStatus.RATED);
    assertThat(rated.close(WORKER, next(rated), "").isApplied()).isTrue();
  }

  @Test
  void anUnsatisfiedRatingReopensTheOrder() {
    WorkOrder order = Orders.in(WorkOrderStatus.RESOLVED);

    WorkOrder reopened =
        order
            .rate(
                Rating.of(
                    Satisfaction.UNSATISFIED,
                    "the lift stopped again",
                    PersonId.of("resident-1"),
                    next(order)),
                RESIDENT,
                "")
            .orElseThrow();

    assertThat(reopened.status()).isEqualTo(WorkOrderStatus.REOPENED);
    assertThat(reopened.reopenings()).isEqualTo(1);
    assertThat(reopened.assignee()).contains(PROPERTY);
    assertThat(reopened.close(WORKER, next(reopened), "").isApplied()).isFalse();
  }

  @Test
  void aReopenedOrderGoesBackInProgressWithTheSameAssignee() {
    WorkOrder order = Orders.in(WorkOrderStatus.REOPENED);

    WorkOrder again = order.start(WORKER, next(order), "second visit").orElseThrow();

    assertThat(again.status()).isEqualTo(WorkOrderStatus.IN_PROGRESS);
    assertThat(again.assignee()).contains(PROPERTY);
  }

  @Test
  void aResolvedOrderThatNobodyRatedCanBeClosed() {
    WorkOrder order = Orders.in(WorkOrderStatus.RESOLVED);

    WorkOrder closed =
        order.close(Actor.system("closeWhenNoRatingInSevenDays"), next(order), "").orElseThrow();

    assertThat(closed.status()).isEqualTo(WorkOrderStatus.CLOSED);
    assertThat(closed.ratings()).isEmpty();
  }

  @Test
  void aReturnedOrderCanBeDispatchedToAnotherSubject() {
    WorkOrder order = Orders.in(WorkOrderStatus.RETURNED);

    WorkOrder redispatched =
        order.dispatch(HOUSING, Deadlines.NONE, WORKER, next(order), "the bureau's").orElseThrow();

    assertThat(redispatched.status()).isEqualTo(WorkOrderStatus.DISPATCHED);
    assertThat(redispatched.assignee()).contains(HOUSING);
    assertThat(redispatched.returns()).isEqualTo(1);
  }

  @Test
  void returningAnOrderTakesAwayItsAssigneeAndDeadlines() {
    WorkOrder order = Orders.in(WorkOrderStatus.ACCEPTED);

    WorkOrder returned = order.returnOrder(WORKER, next(order), "not a lift we run").orElseThrow();

    assertThat(returned.status()).isEqualTo(WorkOrderStatus.RETURNED);
    assertThat(returned.assignee()).isEmpty();
    assertThat(returned.deadlines()).isEqualTo(Deadlines.NONE);
    assertThat(returned.returns()).isEqualTo(1);
  }

  @Test
  void escalateMovesOneLevelUp() {
    WorkOrder order = Orders.in(WorkOrderStatus.DISPATCHED);

    Transition transition = order.escalate(RULE, next(order), "not accepted in time");

    assertThat(transition.order().escalationLevel()).isEqualTo(EscalationLevel.COMMUNITY);
    assertThat(transition.order().escalations()).isEqualTo(1);
    assertThat(transition.order().status()).isEqualTo(WorkOrderStatus.DISPATCHED);
    assertThat(transition.producedEvent().orElseThrow())
        .isInstanceOfSatisfying(
            WorkOrderEvent.Escalated.class,
            e -> {
              assertThat(e.from()).isEqualTo(EscalationLevel.GRID);
              assertThat(e.to()).isEqualTo(EscalationLevel.COMMUNITY);
              assertThat(e.actor()).isEqualTo(RULE);
            });
  }

  @Test
  void escalatingToANamedLevelSkipsTheLevelsBetween() {
    WorkOrder order = Orders.in(WorkOrderStatus.IN_PROGRESS);

    WorkOrder escalated =
        order.escalateTo(EscalationLevel.DISTRICT, WORKER, next(order), "").orElseThrow();

    assertThat(escalated.escalationLevel()).isEqualTo(EscalationLevel.DISTRICT);
    assertThat(escalated.escalations()).isEqualTo(1);
  }

  @Test
  void escalationNeverGoesDown() {
    WorkOrder order = Orders.in(WorkOrderStatus.IN_PROGRESS);
    WorkOrder atStreet =
        order.escalateTo(EscalationLevel.STREET, WORKER, next(order), "").orElseThrow();

    Transition down =
        atStreet.escalateTo(EscalationLevel.COMMUNITY, WORKER, next(atStreet), "by mistake");
    Transition same = atStreet.escalateTo(EscalationLevel.STREET, WORKER, next(atStreet), "");

    assertThat(down.findRefusal().orElseThrow().reason())
        .isEqualTo(Refusal.Reason.NOT_A_HIGHER_LEVEL);
    assertThat(down.findRefusal().orElseThrow().message())
        .isEqualTo(
            "order WO-17 cannot be escalated to COMMUNITY: it is already at STREET, and"
                + " escalation never goes down");
    assertThat(same.isApplied()).isFalse();
    assertThat(down.order()).isSameAs(atStreet);
  }

  @Test
  void escalatingAnOrderAtTheJointMeetingIsRefused() {
    WorkOrder order = Orders.in(WorkOrderStatus.IN_PROGRESS);
    WorkOrder top =
        order.escalateTo(EscalationLevel.JOINT_MEETING, WORKER, next(order), "").orElseThrow();

    Transition transition = top.escalate(WORKER, next(top), "");

    assertThat(transition.findRefusal().orElseThrow().message())
        .isEqualTo(
            "order WO-17 cannot be escalated: it is already at JOINT_MEETING, the highest level");
  }

  @Test
  void aSuspendedOrderCanStillBeEscalated() {
    WorkOrder order = Orders.in(WorkOrderStatus.SUSPENDED);

    assertThat(order.escalate(WORKER, next(order), "").isApplied()).isTrue();
  }

  @Test
  void escalatingAClosedOrderIsRefusedForItsStatus() {
    WorkOrder order = Orders.in(WorkOrderStatus.CLOSED);

    assertThat(order.escalate(WORKER, next(order), "").findRefusal().orElseThrow().reason())
        .isEqualTo(Refusal.Reason.WRONG_STATUS);
  }

  @Test
  void supervisionFlagsTheOrderWithoutChangingItsStatus() {
    WorkOrder order = Orders.in(WorkOrderStatus.ACCEPTED);

    WorkOrder supervised = order.supervise(WORKER, next(order), "third week").orElseThrow();

    assertThat(supervised.isSupervised()).isTrue();
    assertThat(supervised.status()).isEqualTo(WorkOrderStatus.ACCEPTED);
  }

  @Test
  void supervisingASupervisedOrderIsRefused() {
    WorkOrder order = Orders.in(WorkOrderStatus.ACCEPTED);
    WorkOrder supervised = order.supervise(WORKER, next(order), "").orElseThrow();

    Transition again = supervised.supervise(WORKER, next(supervised), "");

    assertThat(again.findRefusal().orElseThrow().reason())
        .isEqualTo(Refusal.Reason.ALREADY_SUPERVISED);
  }

  @Test
  void aSuspendedOrderResumesWhereItWasSuspended() {
    WorkOrder order = Orders.in(WorkOrderStatus.DISPATCHED);
    WorkOrder suspended = order.suspend(WORKER, next(order), "owner abroad").orElseThrow();

    WorkOrder resumed = suspended.resume(WORKER, next(suspended), "owner back").orElseThrow();

    assertThat(suspended.status()).isEqualTo(WorkOrderStatus.SUSPENDED);
    assertThat(suspended.suspendedFrom()).contains(WorkOrderStatus.DISPATCHED);
    assertThat(resumed.status()).isEqualTo(WorkOrderStatus.DISPATCHED);
    assertThat(resumed.suspendedFrom()).isEmpty();
  }

  @Test
  void cancellingRecordsTheKindOfReason() {
    WorkOrder order = Orders.in(WorkOrderStatus.SUSPENDED);

    Transition transition =
        order.cancel(CancellationReason.WITHDRAWN, RESIDENT, next(order), "fixed it myself");

    assertThat(transition.order().status()).isEqualTo(WorkOrderStatus.CANCELLED);
    assertThat(transition.order().suspendedFrom()).isEmpty();
    assertThat(transition.producedEvent().orElseThrow())
        .isInstanceOfSatisfying(
            WorkOrderEvent.Cancelled.class,
            e -> assertThat(e.cancellation()).isEqualTo(CancellationReason.WITHDRAWN));
  }

  @Test
  void cancellingAClosedOrderIsRefused() {
    WorkOrder order = Orders.in(WorkOrderStatus.CLOSED);

    Transition transition = order.cancel(CancellationReason.DUPLICATE, WORKER, next(order), "");

    assertThat(transition.findRefusal().orElseThrow().message())
        .isEqualTo(
            "order WO-17 cannot be cancelled: it is CLOSED; cancel needs REPORTED, DISPATCHED,"
                + " ACCEPTED, IN_PROGRESS, RESOLVED, RATED, RETURNED, SUSPENDED or REOPENED");
  }

  @Test
  void remindingCountsTheReminderAndKeepsTheStatus() {
    WorkOrder order = Orders.in(WorkOrderStatus.IN_PROGRESS);

    WorkOrder reminded = order.remind(WORKER, next(order), "residents waiting").orElseThrow();

    assertThat(reminded.reminders()).isEqualTo(1);
    assertThat(reminded.status()).isEqualTo(WorkOrderStatus.IN_PROGRESS);
  }

  @Test
  void revisingDeadlinesReplacesThemAndRecordsBeforeAfterAndWhy() {
    WorkOrder order = Orders.in(WorkOrderStatus.ACCEPTED);
    Deadlines before = order.deadlines();
    Deadlines after = Deadlines.resolveBy(next(order).plus(Duration.ofDays(15)));

    Transition transition =
        order.reviseDeadlines(after, WORKER, next(order), "official 2027 schedule loaded");

    WorkOrder revised = transition.orElseThrow();
    assertThat(revised.deadlines()).isEqualTo(after);
    assertThat(revised.status()).isEqualTo(WorkOrderStatus.ACCEPTED);
    assertThat(transition.producedEvent().orElseThrow())
        .isInstanceOfSatisfying(
            WorkOrderEvent.DeadlinesRevised.class,
            e -> {
              assertThat(e.before()).isEqualTo(before);
              assertThat(e.after()).isEqualTo(after);
              assertThat(e.reason()).isEqualTo("official 2027 schedule loaded");
            });
    assertThat(WorkOrders.replay(revised.history())).isEqualTo(revised);
  }

  @Test
  void revisingDeadlinesNeedsAReasonAndNewDeadlinesAndRunningOnes() {
    WorkOrder order = Orders.in(WorkOrderStatus.IN_PROGRESS);
    Deadlines other = Deadlines.resolveBy(next(order).plus(Duration.ofDays(15)));

    assertThatThrownBy(() -> order.reviseDeadlines(other, WORKER, next(order), " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("revising the deadlines of WO-17 needs a reason, got none");
    assertThatThrownBy(
            () -> order.reviseDeadlines(order.deadlines(), WORKER, next(order), "recounted"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("a revision changes the deadlines of WO-17, got ");
    WorkOrder resolved = order.resolve(WORKER, next(order), "done").orElseThrow();
    assertThat(
            resolved
                .reviseDeadlines(other, WORKER, next(resolved), "recounted")
                .findRefusal()
                .orElseThrow()
                .message())
        .startsWith("order WO-17 cannot be given new deadlines: it is RESOLVED");
  }

  @Test
  void orElseThrowOnARefusalThrowsTheRefusal() {
    WorkOrder order = Orders.reported();
    Transition transition = order.resolve(WORKER, next(order), "");

    assertThatThrownBy(transition::orElseThrow)
        .isInstanceOfSatisfying(
            WorkOrderRefusedException.class,
            e -> assertThat(e.refusal()).isEqualTo(transition.findRefusal().orElseThrow()))
        .hasMessage("order WO-17 cannot be resolved: it is REPORTED; resolve needs IN_PROGRESS");
  }
}
