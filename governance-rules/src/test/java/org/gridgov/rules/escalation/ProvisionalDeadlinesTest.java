package org.gridgov.rules.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.rules.escalation.TimeLimitsTest.shanghai;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.gridgov.core.lists.Category;
import org.gridgov.core.lists.Urgency;
import org.gridgov.core.workorder.Deadlines;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.core.workorder.WorkOrderEvent;
import org.gridgov.rules.GovernanceEngine;
import org.gridgov.rules.routing.Routing;
import org.gridgov.rules.routing.RoutingDecision;
import org.junit.jupiter.api.Test;

/**
 * Dispatching at the end of the official holiday table on the defaults: deadlines that reach into
 * 2027 are counted on the provisional statutory holidays and say so.
 */
class ProvisionalDeadlinesTest {

  private static final GovernanceEngine ENGINE = GovernanceEngine.builder().build();
  private static final Escalation ESCALATION = Escalation.on(ENGINE);

  /** Monday 2026-12-28, the last week of the official table. */
  private static final Instant MONDAY = shanghai("2026-12-28T10:00");

  private static Deadlines deadlines(String category, Urgency urgency, Instant at) {
    return ESCALATION.deadlines(Category.of(category), urgency, at);
  }

  @Test
  void aRoutineOrderIsDueOnTheFifthWorkingDayAfterNewYearsDayMarkedProvisional() {
    Deadlines deadlines = deadlines("SERVICE_PROPERTY", Urgency.ROUTINE, MONDAY);

    assertThat(deadlines.acceptBy()).contains(shanghai("2026-12-29T17:30"));
    // 29, 30, 31 December, then 4 and 5 January: 1 January 2027 is a holiday
    assertThat(deadlines.resolveBy()).contains(shanghai("2027-01-05T17:30"));
    assertThat(deadlines.provisional()).isTrue();
  }

  @Test
  void anUrgentOrderDueWithinTheTableIsNotProvisionalAndOneDueInJanuaryIs() {
    Deadlines monday = deadlines("SERVICE_PROPERTY", Urgency.URGENT, MONDAY);
    Deadlines wednesday =
        deadlines("SERVICE_PROPERTY", Urgency.URGENT, shanghai("2026-12-30T10:00"));

    assertThat(monday.acceptBy()).contains(shanghai("2026-12-28T16:00"));
    assertThat(monday.resolveBy()).contains(shanghai("2026-12-31T17:30"));
    assertThat(monday.provisional()).isFalse();
    assertThat(wednesday.resolveBy()).contains(shanghai("2027-01-05T17:30"));
    assertThat(wednesday.provisional()).isTrue();
  }

  @Test
  void aFifteenDayOrderIsDueInJanuary2027MarkedProvisional() {
    Deadlines deadlines = deadlines("EVENT_CONSTRUCTION", Urgency.ROUTINE, MONDAY);

    // 3 days in December, then 4–8, 11–15 and 18–19 January
    assertThat(deadlines.resolveBy()).contains(shanghai("2027-01-19T17:30"));
    assertThat(deadlines.provisional()).isTrue();
  }

  @Test
  void springFestival2027IsNotCountedAsWorkingDays() {
    // dispatched on Thursday 2027-02-04; 除夕 is Friday 02-05 and Spring Festival Saturday 02-06
    Deadlines deadlines =
        deadlines("SERVICE_PROPERTY", Urgency.ROUTINE, shanghai("2027-02-04T10:00"));

    // 05, 08, 09 and 10 February are off (the statutory days falling on the weekend made up on
    // Tuesday and Wednesday): 11, 12, 15, 16 and 17 count
    assertThat(deadlines.resolveBy()).contains(shanghai("2027-02-17T17:30"));
    assertThat(ENGINE.calendar().isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
    assertThat(ENGINE.calendar().isWorkingDay(LocalDate.of(2027, 2, 5))).isFalse();
  }

  @Test
  void theDispatchEventCarriesTheProvisionalDeadlinesAndSaysSo() {
    // given a routine order routed on Monday 2026-12-28
    WorkOrder order = Orders.reported("WO-2027");
    RoutingDecision decision =
        new RoutingDecision(
            order.id(),
            Orders.PROPERTY,
            List.of(),
            false,
            "property matters go to the property company",
            List.of());
    Deadlines deadlines = ESCALATION.deadlines(order, MONDAY);

    // when it is dispatched
    WorkOrder dispatched = Routing.apply(order, decision, deadlines, MONDAY).orElseThrow();

    // then the event records the deadlines, provisional, and its reason says so
    WorkOrderEvent.Dispatched event =
        (WorkOrderEvent.Dispatched) dispatched.history().get(dispatched.history().size() - 1);
    assertThat(event.deadlines().provisional()).isTrue();
    assertThat(event.deadlines().resolveBy()).contains(shanghai("2027-01-05T17:30"));
    assertThat(event.reason()).endsWith(Routing.PROVISIONAL_DEADLINES);
    assertThat(dispatched.deadlines().provisional()).isTrue();
  }
}
