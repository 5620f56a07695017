package org.gridgov.core.workorder;

import java.time.Instant;
import java.util.Objects;
import org.gridgov.core.common.ValueRefusedException;
import org.gridgov.core.evaluation.Rating;

/** Checks shared by the event records. */
final class EventChecks {

  private static final int MAX_REASON = 10_000;

  private EventChecks() {}

  static void common(WorkOrderId order, int sequence, Instant at, Actor actor, String reason) {
    Objects.requireNonNull(order, "an event names its order");
    if (sequence < 1) {
      throw ValueRefusedException.of("refused.EventChecks.sequenceFromOne", sequence);
    }
    Objects.requireNonNull(at, "an event has a time");
    Objects.requireNonNull(actor, "an event has an actor");
    Objects.requireNonNull(reason, "an event's reason is empty when none was given, not null");
    if (reason.length() > MAX_REASON) {
      throw ValueRefusedException.of(
          "refused.EventChecks.reasonTooLong", MAX_REASON, reason.length());
    }
  }

  static void firstEvent(WorkOrderId order, int sequence, Report report) {
    Objects.requireNonNull(report, "a reported event needs the report");
    if (!report.id().equals(order)) {
      throw ValueRefusedException.of(
          "refused.EventChecks.reportedEventAboutOrder", report.id(), order);
    }
    if (sequence != 1) {
      throw ValueRefusedException.of("refused.EventChecks.reportedEventFirstOrder", sequence);
    }
  }

  static void sameTime(Instant at, Rating rating) {
    if (!rating.ratedAt().equals(at)) {
      throw ValueRefusedException.of(
          "refused.EventChecks.ratingEventHappensWhen", rating.ratedAt(), at);
    }
  }

  static void upwards(EscalationLevel from, EscalationLevel to) {
    Objects.requireNonNull(from, "an escalation needs the level before");
    Objects.requireNonNull(to, "an escalation needs the level after");
    if (!to.isAbove(from)) {
      throw ValueRefusedException.of("refused.EventChecks.escalationGoesAbove", from, to);
    }
  }
}
