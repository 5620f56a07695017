package org.gridgov.rules.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gridgov.core.evaluation.Satisfaction;
import org.gridgov.core.workorder.Actor;
import org.gridgov.core.workorder.Deadlines;
import org.gridgov.core.workorder.ResponsibleSubject;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.core.workorder.WorkOrderEvent;

/**
 * The role KPIs of work orders, computed from their histories alone, so that the orders a journal
 * replays give the same figures as the live ones.
 *
 * <p>Each dispatch (派遣) is counted for the actor who made it (as dispatcher) and the subject it
 * went to (as handler). It lasts until the order is returned or dispatched again. Deadlines revised
 * during a dispatch count as revised.
 */
public final class RoleKpis {

  private RoleKpis() {}

  /**
   * The role KPIs of some orders, one line per role and subject, handlers first, each in order of
   * kind and reference.
   *
   * @param orders the orders, as they stand
   * @param dispatchWithin the time after the report or return within which a dispatch is on time
   * @return the lines
   */
  public static List<RoleKpiLine> of(Collection<WorkOrder> orders, Duration dispatchWithin) {
    Objects.requireNonNull(orders, "orders");
    Objects.requireNonNull(dispatchWithin, "dispatchWithin");
    if (dispatchWithin.isNegative() || dispatchWithin.isZero()) {
      throw new IllegalArgumentException(
          "a dispatch is on time within more than no time, got " + dispatchWithin);
    }
    Map<String, Tally> lines = new LinkedHashMap<>();
    for (WorkOrder order : orders) {
      count(order, dispatchWithin, lines);
    }
    List<RoleKpiLine> sorted = new ArrayList<>(lines.size());
    lines.values().forEach(t -> sorted.add(t.line()));
    sorted.sort(
        Comparator.comparing(RoleKpiLine::role, Comparator.reverseOrder())
            .thenComparing(RoleKpiLine::kind)
            .thenComparing(RoleKpiLine::reference));
    return List.copyOf(sorted);
  }

  /**
   * Adds up lines of the same role and subject, such as those of the quarters of a year.
   *
   * @param lines the lines
   * @return one line per role and subject, in the order of {@link #of}
   */
  public static List<RoleKpiLine> sum(Collection<RoleKpiLine> lines) {
    Map<String, RoleKpiLine> byKey = new LinkedHashMap<>();
    for (RoleKpiLine l : lines) {
      byKey.merge(key(l.role(), l.kind(), l.reference()), l, (a, b) -> a.plus(b.counts()));
    }
    List<RoleKpiLine> sorted = new ArrayList<>(byKey.values());
    sorted.sort(
        Comparator.comparing(RoleKpiLine::role, Comparator.reverseOrder())
            .thenComparing(RoleKpiLine::kind)
            .thenComparing(RoleKpiLine::reference));
    return List.copyOf(sorted);
  }

  private static String key(SubjectRole role, String kind, String reference) {
    return role + "\t" + kind + "\t" + reference;
  }

  /** One dispatch as the history unfolds. */
  private static final class Span {
    final ResponsibleSubject handler;
    final Actor dispatcher;
    Deadlines deadlines;
    boolean accepted;
    boolean acceptedOnTime;
    boolean resolved;
    boolean resolvedOnTime;
    boolean reworked;
    int rated;
    int satisfied;

    Span(ResponsibleSubject handler, Actor dispatcher, Deadlines deadlines) {
      this.handler = handler;
      this.dispatcher = dispatcher;
      this.deadlines = deadlines;
    }
  }

  private static void count(WorkOrder order, Duration within, Map<String, Tally> lines) {
    Instant ready = order.reportedAt();
    Span span = null;
    for (WorkOrderEvent e : order.history()) {
      if (e instanceof WorkOrderEvent.Dispatched d) {
        close(span, false, lines);
        span = new Span(d.assignee(), d.actor(), d.deadlines());
        boolean onTime = Duration.between(ready, d.at()).compareTo(within) <= 0;
        Tally t =
            tally(
                lines,
                SubjectRole.DISPATCHER,
                d.actor().kind().name(),
                d.actor().name(),
                d.actor().name());
        t.c[0]++;
        t.c[1] += onTime ? 1 : 0;
      } else if (span == null) {
        continue;
      } else if (e instanceof WorkOrderEvent.Accepted) {
        if (!span.accepted) {
          span.accepted = true;
          span.acceptedOnTime =
              span.deadlines.acceptBy().map(by -> !e.at().isAfter(by)).orElse(false);
        }
      } else if (e instanceof WorkOrderEvent.Resolved) {
        if (!span.resolved) {
          span.resolved = true;
          span.resolvedOnTime = span.deadlines.resolvedOnTime(e.at());
        }
      } else if (e instanceof WorkOrderEvent.Rated r) {
        span.rated++;
        if (r.rating().satisfaction() == Satisfaction.UNSATISFIED) {
          span.reworked = true;
        } else {
          span.satisfied++;
        }
      } else if (e instanceof WorkOrderEvent.DeadlinesRevised v) {
        span.deadlines = v.after();
      } else if (e instanceof WorkOrderEvent.Returned) {
        close(span, true, lines);
        span = null;
        ready = e.at();
      }
    }
    close(span, false, lines);
  }

  private static void close(Span span, boolean returned, Map<String, Tally> lines) {
    if (span == null) {
      return;
    }
    boolean acceptDue = span.deadlines.acceptBy().isPresent();
    boolean resolveDue = !returned && span.deadlines.resolveBy().isPresent();
    Tally h =
        tally(
            lines,
            SubjectRole.HANDLER,
            span.handler.kind().name(),
            span.handler.reference(),
            span.handler.maskedName());
    h.c[0]++;
    h.c[2] += returned ? 1 : 0;
    h.c[3] += acceptDue ? 1 : 0;
    h.c[4] += acceptDue && span.acceptedOnTime ? 1 : 0;
    h.c[5] += resolveDue ? 1 : 0;
    h.c[6] += resolveDue && span.resolvedOnTime ? 1 : 0;
    h.c[7] += span.resolved ? 1 : 0;
    h.c[8] += span.resolved && span.reworked ? 1 : 0;
    h.c[9] += span.rated;
    h.c[10] += span.satisfied;
    if (returned) {
      Actor d = span.dispatcher;
      tally(lines, SubjectRole.DISPATCHER, d.kind().name(), d.name(), d.name()).c[2]++;
    }
  }

  private static Tally tally(
      Map<String, Tally> lines, SubjectRole role, String kind, String reference, String name) {
    return lines.computeIfAbsent(
        key(role, kind, reference), k -> new Tally(role, kind, reference, name));
  }

  /** The counts of one role and subject while they are being counted. */
  private static final class Tally {
    final SubjectRole role;
    final String kind;
    final String reference;
    final String name;
    final int[] c = new int[11];

    Tally(SubjectRole role, String kind, String reference, String name) {
      this.role = role;
      this.kind = kind;
      this.reference = reference;
      this.name = name;
    }

    RoleKpiLine line() {
      return new RoleKpiLine(
          role,
          kind,
          reference,
          name,
          new RoleCounts(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10]));
    }
  }
}
