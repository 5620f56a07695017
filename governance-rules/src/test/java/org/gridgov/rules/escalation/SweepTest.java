package org.gridgov.rules.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.rules.escalation.Orders.WORKER;
import static org.gridgov.rules.escalation.TimeLimitsTest.shanghai;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.core.calendar.YearQuarter;
import org.gridgov.core.workorder.CancellationReason;
import org.gridgov.core.workorder.EscalationLevel;
import org.gridgov.core.workorder.Refusal;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.core.workorder.WorkOrderEvent;
import org.gridgov.rules.GovernanceEngine;
import org.gridgov.rules.decision.AgendaItem;
import org.gridgov.rules.decision.EscalationStep;
import org.gridgov.rules.decision.OrderDecision;
import org.gridgov.rules.decision.Reminder;
import org.gridgov.rules.decision.Supervision;
import org.gridgov.rules.decision.TrafficLight;
import org.gridgov.rules.fact.LimitKind;
import org.junit.jupiter.api.Test;

/**
 * The sweep rules, one behaviour each. Orders are dispatched on Monday 2024-03-04 09:00 (see {@link
 * Orders}); the clock is set per test.
 */
class SweepTest {

  private static final SettableClock CLOCK = new SettableClock();
  private static final GovernanceEngine ENGINE = GovernanceEngine.builder().clock(CLOCK).build();
  private static final Escalation ESCALATION = Escalation.on(ENGINE);

  private static EscalationSweep sweepAt(String localDateTime, WorkOrder... orders) {
    CLOCK.set(shanghai(localDateTime));
    return ESCALATION.sweep(List.of(orders));
  }

  private static WorkOrder applied(EscalationSweep sweep, WorkOrder order) {
    AppliedSweep applied = ESCALATION.apply(sweep, List.of(order));
    assertThat(applied.refusals()).isEmpty();
    return applied.orders().get(0);
  }

  // ---------------------------------------------------------------- reminders

  @Test
  void remindsAtEightyPercentOfTheAcceptLimit() {
    WorkOrder order = Orders.dispatched(ESCALATION, "WO-1");

    EscalationSweep sweep = sweepAt("2024-03-05T15:00", order);

    assertThat(sweep.all(Reminder.class))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.rule()).isEqualTo("remind at 80 percent of the accept limit");
              assertThat(r.limit()).isEqualTo(LimitKind.ACCEPT);
              assertThat(r.deadline()).isEqualTo(shanghai("2024-03-05T17:30"));
              assertThat(r.elapsedShare()).isBetween(0.8, 0.82);
            });
  }

  @Test
  void remindsAtEightyPercentOfTheResolveLimit() {
    WorkOrder order = Orders.accepted(ESCALATION, "WO-1");

    EscalationSweep sweep = sweepAt("2024-03-08T17:00", order);

    assertThat(sweep.all(Reminder.class))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.rule()).isEqualTo("remind at 80 percent of the resolve limit");
              assertThat(r.limit()).isEqualTo(LimitKind.RESOLVE);
              assertThat(r.deadline()).isEqualTo(shanghai("2024-03-11T17:30"));
            });
  }

  @Test
  void remindsOncePerLimit() {
    WorkOrder order =
        Orders.accepted(ESCALATION, "WO-1")
            .remind(WORKER, shanghai("2024-03-08T16:50"), "")
            .orElseThrow();

    EscalationSweep sweep = sweepAt("2024-03-08T17:00", order);

    assertThat(sweep.all(Reminder.class)).isEmpty();
  }

  @Test
  void aReminderEarlierThanEightyPercentDoesNotCount() {
    WorkOrder order =
        Orders.accepted(ESCALATION, "WO-1")
            .remind(WORKER, shanghai("2024-03-05T10:00"), "")
            .orElseThrow();

    EscalationSweep sweep = sweepAt("2024-03-08T17:00", order);

    assertThat(sweep.all(Reminder.class)).hasSize(1);
  }

  // ---------------------------------------------------------------- escalation

  @Test
  void escalatesOneLevelOnABreachOfTheAcceptLimit() {
    WorkOrder order = Orders.dispatched(ESCALATION, "WO-1");

    EscalationSweep sweep = sweepAt("2024-03-06T09:00", order);

    assertThat(sweep.all(EscalationStep.class))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.rule()).isEqualTo("escalate one level on a breach of the accept limit");
              assertThat(e.from()).isEqualTo(EscalationLevel.GRID);
              assertThat(e.to()).isEqualTo(EscalationLevel.COMMUNITY);
              assertThat(e.limit()).isEqualTo(LimitKind.ACCEPT);
            });
  }

  @Test
  void escalatesOneLevelOnABreachOfTheResolveLimit() {
    WorkOrder order = Orders.inProgress(ESCALATION, "WO-1");

    EscalationSweep sweep = sweepAt("2024-03-12T09:00", order);

    assertThat(sweep.all(EscalationStep.class))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.rule()).isEqualTo("escalate one level on a breach of the resolve limit");
              assertThat(e.to()).isEqualTo(EscalationLevel.COMMUNITY);
              assertThat(e.limit()).isEqualTo(LimitKind.RESOLVE);
            });
  }

  @Test
  void escalatesOnceWhenBothLimitsAreBreached() {
    WorkOrder order = Orders.dispatched(ESCALATION, "WO-1");

    EscalationSweep sweep = sweepAt("2024-03-12T09:00", order);

    assertThat(sweep.all(EscalationStep.class))
        .singleElement()
        .extracting(EscalationStep::limit)
        .isEqualTo(LimitKind.RESOLVE);
  }

  @Test
  void anEscalationRestartsTheLimitsAtTheNewLevel() {
    WorkOrder order = Orders.dispatched(ESCALATION, "WO-1");
    WorkOrder escalated = applied(sweepAt("2024-03-06T09:00", order), order);

    EscalationSweep later = sweepAt("2024-03-06T10:00", escalated);

    assertThat(later.all(EscalationStep.class)).isEmpty();
    assertThat(later.all(TrafficLight.class))
        .singleElement()
        .extracting(TrafficLight::colour)
        .isEqualTo(TrafficLight.Colour.GREEN);
  }

  @Test
  void doesNotEscalateAnOrderAlreadyBeforeTheJointMeeting() {
    WorkOrder order =
        Orders.dispatched(ESCALATION, "WO-1")
            .escalateTo(
                EscalationLevel.JOINT_MEETING, WORKER, shanghai("2024-03-04T10:30"), "too big")
            .orElseThrow();

    EscalationSweep sweep = sweepAt("2024-03-07T09:00", order);

    assertThat(sweep.all(EscalationStep.class)).isEmpty();
    assertThat(sweep.all(Supervision.class)).isEmpty();
    assertThat(sweep.all(TrafficLight.class).get(0).colour()).isEqualTo(TrafficLight.Colour.RED);
  }

  // ---------------------------------------------------------------- supervision

  @Test
  void supervisesAfterASecondBreach() {
    WorkOrder order = Orders.dispatched(ESCALATION, "WO-1");
    WorkOrder escalated = applied(sweepAt("2024-03-06T09:00", order), order);

    // the accept limit, restarted on Wednesday 09:00, ran out on Thursday 17:30
    EscalationSweep sweep = sweepAt("2024-03-08T09:00", escalated);

    assertThat(sweep.all(Supervision.class))
        .singleElement()
        .extracting(Supervision::rule)
        .isEqualTo("supervise after a second breach");
    assertThat(sweep.all(EscalationStep.class))
        .singleElement()
        .extracting(EscalationStep::to)
        .isEqualTo(EscalationLevel.STREET);
  }

  @Test
  void supervisesAfterTwoUnsatisfiedRatings() {
    WorkOrder once =
        Orders.reopened(
            Orders.inProgress(ESCALATION, "WO-1"),
            shanghai("2024-03-04T15:00"),
            shanghai("2024-03-04T15:10"));
    WorkOrder twice =
        Orders.reopened(
            once.start(WORKER, shanghai("2024-03-04T15:20"), "").orElseThrow(),
            shanghai("2024-03-04T16:00"),
            shanghai("2024-03-04T16:10"));

    assertThat(sweepAt("2024-03-04T17:00", once).all(Supervision.class)).isEmpty();
    assertThat(sweepAt("2024-03-04T17:00", twice).all(Supervision.class))
        .singleElement()
        .extracting(Supervision::rule)
        .isEqualTo("supervise after two unsatisfied ratings");
  }

  // ---------------------------------------------------------------- traffic lights

  @Test
  void showsAGreenLightBelowEightyPercentOfTheLimit() {
    assertLight("2024-03-04T11:00", TrafficLight.Colour.GREEN, "show a green light below 80");
  }

  @Test
  void showsAYellowLightFromEightyPercentUpToTheLimit() {
    assertLight("2024-03-08T17:00", TrafficLight.Colour.YELLOW, "show a yellow light from 80");
  }

  @Test
  void showsARedLightPastTheLimit() {
    assertLight("2024-03-12T09:00", TrafficLight.Colour.RED, "show a red light past the limit");
  }

  private static void assertLight(String at, TrafficLight.Colour colour, String rule) {
    WorkOrder order = Orders.accepted(ESCALATION, "WO-1");

    EscalationSweep sweep = sweepAt(at, order);

    assertThat(sweep.all(TrafficLight.class))
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.colour()).isEqualTo(colour);
              assertThat(l.rule()).startsWith(rule);
              assertThat(l.order()).isEqualTo(order.id());
            });
  }

  @Test
  void theLightFollowsTheMostAdvancedLimit() {
    WorkOrder order = Orders.dispatched(ESCALATION, "WO-1");

    // 81 % of the accept limit, 26 % of the resolve limit
    EscalationSweep sweep = sweepAt("2024-03-05T15:00", order);

    assertThat(sweep.all(TrafficLight.class).get(0).colour()).isEqualTo(TrafficLight.Colour.YELLOW);
  }

  // ---------------------------------------------------------------- joint meeting

  @Test
  void putsOrdersOpenAtTheQuarterEndOnTheNextJointMeetingAgenda() {
    WorkOrder open = Orders.accepted(ESCALATION, "WO-1");
    WorkOrder reported = Orders.reported("WO-2");

    // Friday 2024-03-29 is the last working day of the first quarter
    EscalationSweep sweep = sweepAt("2024-03-29T10:00", open, reported);

    assertThat(sweep.all(AgendaItem.class))
        .hasSize(2)
        .allSatisfy(
            a -> {
              assertThat(a.meetingQuarter()).isEqualTo(YearQuarter.of(2024, 2));
              assertThat(a.rule())
                  .isEqualTo("put orders open at the quarter end on the next joint meeting agenda");
            });
  }

  @Test
  void putsNothingOnTheAgendaBeforeTheLastWorkingDayOfTheQuarter() {
    WorkOrder open = Orders.accepted(ESCALATION, "WO-1");

    assertThat(sweepAt("2024-03-28T10:00", open).all(AgendaItem.class)).isEmpty();
  }

  // ---------------------------------------------------------------- the sweep as a whole

  @Test
  void skipsClosedAndCancelledOrders() {
    WorkOrder cancelled =
        Orders.reported("WO-1")
            .cancel(CancellationReason.DUPLICATE, WORKER, shanghai("2024-03-04T09:00"), "WO-0")
            .orElseThrow();

    assertThat(sweepAt("2024-03-29T10:00", cancelled).decisions()).isEmpty();
  }

  @Test
  void appliesTheDecisionsThroughTheTransitionsAsTheRuleThatMadeThem() {
    WorkOrder order = Orders.dispatched(ESCALATION, "WO-1");
    EscalationSweep sweep = sweepAt("2024-03-06T09:00", order);

    WorkOrder escalated = applied(sweep, order);

    assertThat(escalated.escalationLevel()).isEqualTo(EscalationLevel.COMMUNITY);
    WorkOrderEvent last = escalated.history().get(escalated.history().size() - 1);
    assertThat(last).isInstanceOf(WorkOrderEvent.Escalated.class);
    assertThat(last.at()).isEqualTo(sweep.at());
    assertThat(last.actor().name()).isEqualTo("escalate one level on a breach of the accept limit");
  }

  @Test
  void returnsTheDecisionsAnOrderRefuses() {
    WorkOrder order = Orders.dispatched(ESCALATION, "WO-1");
    EscalationSweep sweep = sweepAt("2024-03-06T09:00", order);
    WorkOrder cancelledSince =
        order
            .cancel(CancellationReason.WITHDRAWN, WORKER, shanghai("2024-03-06T09:05"), "")
            .orElseThrow();

    AppliedSweep applied = ESCALATION.apply(sweep, List.of(cancelledSince));

    assertThat(applied.orders()).containsExactly(cancelledSince);
    assertThat(applied.refusals())
        .singleElement()
        .extracting(Refusal::reason)
        .isEqualTo(Refusal.Reason.WRONG_STATUS);
  }

  @Test
  void sweepsTenThousandOrdersInAFewSessions() {
    List<WorkOrder> orders = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      orders.add(Orders.dispatched(ESCALATION, "WO-" + i));
    }

    long start = System.nanoTime();
    EscalationSweep sweep = sweepAt("2024-03-06T09:00", orders.toArray(WorkOrder[]::new));
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(sweep.decisions()).hasSize(10_000);
    assertThat(sweep.all(EscalationStep.class)).hasSize(10_000);
    assertThat(sweep.decisions().values())
        .allSatisfy(ds -> assertThat(ds).extracting(OrderDecision::rule).doesNotHaveDuplicates());
    assertThat(took).isLessThan(Duration.ofSeconds(20));
  }
}
