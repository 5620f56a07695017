package org.gridgov.rules.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.rules.escalation.TimeLimitsTest.shanghai;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.gridgov.core.calendar.HolidayTable;
import org.gridgov.core.calendar.WorkingCalendar;
import org.gridgov.core.io.WorkingCalendarJson;
import org.gridgov.core.workorder.Refusal;
import org.gridgov.core.workorder.Transition;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.core.workorder.WorkOrderEvent;
import org.gridgov.rules.GovernanceEngine;
import org.junit.jupiter.api.Test;

/** Provisional deadlines counted again once next year's official schedule is loaded. */
class RecomputeProvisionalTest {

  private static HolidayTable official2027() {
    String json =
        "{\"year\": 2027, \"papers\": [], \"days\": ["
            + "{\"name\": \"元旦\", \"date\": \"2027-01-01\", \"isOffDay\": true},"
            + "{\"name\": \"元旦\", \"date\": \"2027-01-04\", \"isOffDay\": true}]}";
    return WorkingCalendarJson.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "2027.json");
  }

  private static WorkOrder dispatchedAt(Escalation escalation, String id, Instant at) {
    WorkOrder order = Orders.reported(id);
    return order
        .dispatch(Orders.PROPERTY, escalation.deadlines(order, at), Orders.WORKER, at, "")
        .orElseThrow();
  }

  @Test
  void aProvisionalDeadlineMovesAndStopsBeingProvisionalOnceTheYearIsLoaded() {
    // given orders dispatched at the end of 2026 on the defaults
    GovernanceEngine engine =
        GovernanceEngine.builder()
            .clock(Clock.fixed(shanghai("2026-12-28T09:00"), WorkingCalendar.CHINA))
            .build();
    Escalation escalation = Escalation.on(engine);
    WorkOrder intoJanuary = dispatchedAt(escalation, "WO-1", shanghai("2026-12-28T10:00"));
    WorkOrder withinDecember = dispatchedAt(escalation, "WO-2", shanghai("2026-12-21T10:00"));
    assertThat(intoJanuary.deadlines().provisional()).isTrue();
    assertThat(withinDecember.deadlines().provisional()).isFalse();

    // when the official 2027 schedule, with 4 January off, is loaded
    engine.loadOfficialYears(official2027());
    List<DeadlineChange> changes =
        escalation.recomputeProvisional(List.of(intoJanuary, withinDecember));

    // then only the provisional order changes: a day later, and official
    assertThat(changes).hasSize(1);
    DeadlineChange change = changes.get(0);
    assertThat(change.order()).isEqualTo(intoJanuary.id());
    assertThat(change.before()).isEqualTo(intoJanuary.deadlines());
    assertThat(change.after().resolveBy()).contains(shanghai("2027-01-06T17:30"));
    assertThat(change.after().provisional()).isFalse();
    assertThat(change.moves()).isTrue();

    // and applied through the lifecycle, the order carries them with the change recorded
    Transition applied =
        change.applyTo(
            intoJanuary, Orders.WORKER, shanghai("2026-12-28T11:00"), "official 2027 loaded");
    assertThat(applied.orElseThrow().deadlines()).isEqualTo(change.after());
    assertThat(applied.producedEvent().orElseThrow())
        .isEqualTo(
            new WorkOrderEvent.DeadlinesRevised(
                intoJanuary.id(),
                intoJanuary.history().size() + 1,
                shanghai("2026-12-28T11:00"),
                Orders.WORKER,
                "official 2027 loaded",
                change.before(),
                change.after()));
    // a change counted from deadlines the order no longer carries is refused
    assertThatThrownBy(
            () ->
                change.applyTo(
                    applied.order(), Orders.WORKER, shanghai("2026-12-28T12:00"), "again"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("are no longer");
    // and a resolved order's deadlines no longer run
    WorkOrder resolved =
        intoJanuary
            .accept(Orders.WORKER, shanghai("2026-12-28T10:30"), "")
            .orElseThrow()
            .start(Orders.WORKER, shanghai("2026-12-28T10:40"), "")
            .orElseThrow()
            .resolve(Orders.WORKER, shanghai("2026-12-28T10:50"), "done")
            .orElseThrow();
    assertThat(
            change
                .applyTo(resolved, Orders.WORKER, shanghai("2026-12-28T11:00"), "late")
                .findRefusal())
        .hasValueSatisfying(r -> assertThat(r.reason()).isEqualTo(Refusal.Reason.WRONG_STATUS));
  }

  @Test
  void withoutANewYearNothingChanges() {
    GovernanceEngine engine = GovernanceEngine.builder().build();
    Escalation escalation = Escalation.on(engine);
    WorkOrder order = dispatchedAt(escalation, "WO-3", shanghai("2026-12-28T10:00"));

    assertThat(escalation.recomputeProvisional(List.of(order))).isEmpty();
  }
}
