package org.gridgov.rules.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.rules.escalation.TimeLimitsTest.shanghai;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.core.workorder.WorkOrderEvent;
import org.gridgov.rules.GovernanceEngine;
import org.gridgov.rules.decision.Decision;
import org.gridgov.rules.decision.TimeLimit;
import org.gridgov.rules.routing.Routing;
import org.gridgov.rules.routing.RoutingDecision;
import org.junit.jupiter.api.Test;

/**
 * The sweep and the deadlines at an instant the host chooses, whatever the engine's clock says; the
 * time-limit row that set an order's deadlines in the audit trail and on its dispatch event.
 */
class ExplicitInstantAndAuditTest {

  /** A clock that stands more than a year away from the instants the tests sweep at. */
  private static final Clock FAR_AWAY =
      Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);

  private final List<Decision> audited = new ArrayList<>();
  private final GovernanceEngine engine =
      GovernanceEngine.builder().clock(FAR_AWAY).audit(audited::add).build();
  private final Escalation escalation = Escalation.on(engine);

  @Test
  void aSweepAtAnInstantDecidesAsTheClockWouldAtThatInstant() {
    WorkOrder order = Orders.dispatched(escalation, "WO-1");
    Instant at = shanghai("2024-03-05T15:00");
    Escalation atClock =
        Escalation.on(GovernanceEngine.builder().clock(Clock.fixed(at, ZoneOffset.UTC)).build());

    EscalationSweep chosen = escalation.sweep(List.of(order), at);

    assertThat(chosen.at()).isEqualTo(at);
    assertThat(chosen.decisions()).isEqualTo(atClock.sweep(List.of(order)).decisions());
    assertThat(escalation.sweep(List.of(order)).at()).isEqualTo(FAR_AWAY.instant());
  }

  @Test
  void aWatchSweepsAtAnInstantOfTheHostsChoosing() {
    WorkOrder order = Orders.dispatched(escalation, "WO-1");
    EscalationWatch watch = escalation.watch();
    watch.put(order);
    Instant at = shanghai("2024-03-05T15:00");

    EscalationSweep sweep = watch.sweep(at);

    assertThat(sweep.at()).isEqualTo(at);
    assertThat(sweep.decisions()).isEqualTo(escalation.sweep(List.of(order), at).decisions());
  }

  @Test
  void theTimeLimitRowThatSetTheDeadlinesIsAudited() {
    WorkOrder order = Orders.reported("WO-1");

    escalation.deadlines(order, Orders.DISPATCHED);

    assertThat(audited)
        .singleElement()
        .isInstanceOfSatisfying(
            TimeLimit.class,
            l ->
                assertThat(l.rule())
                    .isEqualTo(
                        "routine orders are accepted within 1 working day and resolved within 5"
                            + " working days"));
  }

  @Test
  void theDispatchEventNamesTheRoutingRuleAndTheTimeLimitRow() {
    WorkOrder order = Orders.reported("WO-1");
    RoutingDecision decision =
        new RoutingDecision(
            order.id(),
            Orders.PROPERTY,
            List.of(),
            false,
            "property matters go to the company",
            List.of());

    WorkOrder dispatched =
        Routing.apply(order, decision, escalation, Orders.DISPATCHED).orElseThrow();

    WorkOrderEvent event = dispatched.history().get(dispatched.history().size() - 1);
    assertThat(event.reason())
        .contains("routed by rule \"property matters go to the company\"")
        .contains(
            "time limits by rule \"routine orders are accepted within 1 working day and resolved"
                + " within 5 working days\": accept within 1 working day, resolve within 5"
                + " working days");
    assertThat(dispatched.deadlines()).isEqualTo(escalation.deadlines(order, Orders.DISPATCHED));
  }
}
