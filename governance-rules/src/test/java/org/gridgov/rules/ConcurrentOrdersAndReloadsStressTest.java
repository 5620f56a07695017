package org.gridgov.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.gridgov.core.evaluation.Rating;
import org.gridgov.core.evaluation.Satisfaction;
import org.gridgov.core.lists.Category;
import org.gridgov.core.lists.Channel;
import org.gridgov.core.lists.DemandId;
import org.gridgov.core.lists.MatterKind;
import org.gridgov.core.lists.Urgency;
import org.gridgov.core.people.PersonId;
import org.gridgov.core.territory.CompoundId;
import org.gridgov.core.territory.GridCode;
import org.gridgov.core.workorder.Actor;
import org.gridgov.core.workorder.CancellationReason;
import org.gridgov.core.workorder.Ledger;
import org.gridgov.core.workorder.LedgerLine;
import org.gridgov.core.workorder.Origin;
import org.gridgov.core.workorder.Report;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.core.workorder.WorkOrderId;
import org.gridgov.core.workorder.WorkOrderStatus;
import org.gridgov.rules.decision.Decision;
import org.gridgov.rules.decision.EscalationStep;
import org.gridgov.rules.decision.OrderDecision;
import org.gridgov.rules.decision.Reminder;
import org.gridgov.rules.decision.RouteCandidate;
import org.gridgov.rules.decision.Supervision;
import org.gridgov.rules.decision.TrafficLight;
import org.gridgov.rules.escalation.AppliedSweep;
import org.gridgov.rules.escalation.Escalation;
import org.gridgov.rules.escalation.EscalationSweep;
import org.gridgov.rules.routing.DistrictContext;
import org.gridgov.rules.routing.Routing;
import org.gridgov.rules.routing.RoutingDecision;
import org.gridgov.rules.routing.RoutingFixtureAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Four threads carry the orders of one district through their lives (route, dispatch, accept, sweep
 * for what is late and apply it, resolve, rate, reopen, close, cancel) while a fifth reloads the
 * integrator rules over and over, between two valid versions and now and then a broken one. Every
 * order is routed exactly once, every call returns one decision per order and sees only its own, a
 * broken reload keeps the rules, and the ledger balances in total and per grid.
 */
class ConcurrentOrdersAndReloadsStressTest {

  private static final int ORDERS = 2_000;
  private static final int WORKERS = 4;
  private static final int BATCH = 25;
  private static final int RELOADS = 20;

  /** Friday 2024-05-10, 17:00 in Fuzhou: the engine's clock, and when orders are swept. */
  private static final Instant SWEEP = Instant.parse("2024-05-10T09:00:00Z");

  /** Monday 2024-05-06, 10:00 in Fuzhou: when the orders are reported. */
  private static final Instant REPORTED = Instant.parse("2024-05-06T02:00:00Z");

  private static final List<GridCode> GRIDS =
      List.of(
          GridCode.of("350111001001001"),
          GridCode.of("350111001001002"),
          GridCode.of("350111001003001"));
  private static final CompoundId MANAGED = CompoundId.of("ZQ-MANAGED");

  private record Kind(String category, MatterKind matterKind) {}

  private static final List<Kind> KINDS =
      List.of(
          new Kind("SERVICE_DISPUTE", MatterKind.AUTONOMY),
          new Kind("SERVICE_PROPERTY", MatterKind.AUTONOMY),
          new Kind("EVENT_STREET_ORDER", MatterKind.POWER),
          new Kind("SERVICE_ELDERLY_CARE", MatterKind.ASSISTANCE),
          new Kind("EVENT_APPEARANCE_AND_ENVIRONMENT", MatterKind.ASSISTANCE));

  private static final Actor WORKER = Actor.person(PersonId.of("P-WORKER"));
  private static final Actor RESIDENT = Actor.person(PersonId.of("P-RESIDENT"));

  private static final String VARIANT_A =
      """
      package org.gridgov.local.stress;
      import org.gridgov.rules.fact.*;
      import org.gridgov.rules.decision.RouteCandidate;

      rule "disputes go to the paired unit where there is one"
      when
        $case : RoutingCase(categoryCode == "SERVICE_DISPUTE", hasPairedUnit)
      then
        insert(RouteCandidate.of($case, RoutingTarget.PAIRED_UNIT, 16, "COMMUNITY_COMMITTEE",
            "normally", drools.getRule().getName()));
      end
      """;

  private static final String VARIANT_B =
      """
      package org.gridgov.local.stress;
      import org.gridgov.rules.fact.*;
      import org.gridgov.rules.decision.RouteCandidate;

      rule "disputes go to the street"
      when
        $case : RoutingCase(categoryCode == "SERVICE_DISPUTE")
      then
        insert(RouteCandidate.of($case, RoutingTarget.STREET, 16, "none", "normally",
            drools.getRule().getName()));
      end
      """;

  /** Variant B also makes urgent orders faster, so that reloads change the time limits too. */
  private static final String FASTER_URGENT_ORDERS =
      """
      package org.gridgov.rules.escalation.sla;
      import org.gridgov.rules.fact.SlaQuery;
      import org.gridgov.rules.decision.TimeLimit;
      import org.gridgov.rules.decision.WorkingTime;

      rule "urgent orders are accepted within 4 working hours and resolved within 3 working days"
      when
        $query : SlaQuery(urgency == "URGENT", categoryCode == "*")
      then
        insert(TimeLimit.of($query, WorkingTime.hours(2), WorkingTime.days(2), 0,
            drools.getRule().getName()));
      end
      """;

  /** The decisions audited on each thread since it last looked. */
  private static final ThreadLocal<List<Decision>> AUDITED =
      ThreadLocal.withInitial(ArrayList::new);

  private final AtomicLong routeCalls = new AtomicLong();
  private final AtomicLong sweepCalls = new AtomicLong();
  private final AtomicLong decisions = new AtomicLong();
  private final AtomicLong escalations = new AtomicLong();
  private final AtomicLong reminders = new AtomicLong();
  private final AtomicLong supervisions = new AtomicLong();
  private final Map<WorkOrderId, AtomicInteger> routed = new ConcurrentHashMap<>();
  private final Map<WorkOrderId, WorkOrder> finished = new ConcurrentHashMap<>();

  @Test
  void ordersKeepTheirCountsWhileTheRulesAreReloadedUnderThem(@TempDir Path rules)
      throws Exception {
    writeVariant(rules, false);
    GovernanceEngine engine =
        GovernanceEngine.builder()
            .rules(rules)
            .clock(Clock.fixed(SWEEP, ZoneOffset.UTC))
            .audit(d -> AUDITED.get().add(d))
            .build();
    DistrictContext district = RoutingFixtureAccess.district();
    Routing routing = Routing.on(engine);
    Escalation escalation = Escalation.on(engine);
    AtomicInteger working = new AtomicInteger(WORKERS);
    AtomicInteger reloadsStarted = new AtomicInteger();
    long started = System.nanoTime();

    ExecutorService pool = Executors.newFixedThreadPool(WORKERS + 1);
    Reloads reloads;
    try {
      Future<Reloads> reloader = pool.submit(() -> reload(engine, rules, working, reloadsStarted));
      List<Future<?>> workers = new ArrayList<>();
      for (int w = 0; w < WORKERS; w++) {
        int worker = w;
        workers.add(
            pool.submit(
                () -> {
                  try {
                    int n = 0;
                    for (int from = worker * BATCH; from < ORDERS; from += WORKERS * BATCH) {
                      awaitReload(reloadsStarted, ++n);
                      carry(routing, escalation, district, from, Math.min(ORDERS, from + BATCH));
                    }
                  } finally {
                    working.decrementAndGet();
                  }
                  return null;
                }));
      }
      for (Future<?> w : workers) {
        w.get(5, TimeUnit.MINUTES);
      }
      reloads = reloader.get(5, TimeUnit.MINUTES);
    } finally {
      pool.shutdownNow();
    }
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

    assertThat(reloads.succeeded() + reloads.failed()).isEqualTo(RELOADS);
    assertThat(reloads.failed()).isEqualTo(RELOADS / 5);
    assertThat(routed).hasSize(ORDERS).allSatisfy((id, n) -> assertThat(n.get()).isOne());
    assertThat(finished).hasSize(ORDERS);
    assertLedgerBalances();

    System.out.printf(
        "stress: %d orders by %d threads, %d route calls, %d sweeps, %d decisions (%d escalations,"
            + " %d reminders, %d supervisions applied), %d reloads (%d failed as meant, %d while"
            + " orders were in flight), %d ms%n",
        ORDERS,
        WORKERS + 1,
        routeCalls.get(),
        sweepCalls.get(),
        decisions.get(),
        escalations.get(),
        reminders.get(),
        supervisions.get(),
        reloads.succeeded() + reloads.failed(),
        reloads.failed(),
        reloads.inFlight(),
        millis);
  }

  // ---------------------------------------------------------------- reloading

  private record Reloads(int succeeded, int failed, int inFlight) {}

  private static void writeVariant(Path rules, boolean b) throws IOException {
    Files.writeString(rules.resolve("stress-routing.drl"), b ? VARIANT_B : VARIANT_A);
    Path faster = rules.resolve("faster-urgent-orders.drl");
    if (b) {
      Files.writeString(faster, FASTER_URGENT_ORDERS);
    } else {
      Files.deleteIfExists(faster);
    }
  }

  /**
   * Holds a worker's n-th batch until the n-th reload has begun, so that batches and reloads
   * overlap however fast either goes; the reloader never waits.
   */
  private static void awaitReload(AtomicInteger reloadsStarted, int n) throws InterruptedException {
    while (reloadsStarted.get() < Math.min(n, RELOADS)) {
      Thread.sleep(1);
    }
  }

  /** Reloads the two variants in turn; every fifth reload finds a broken file, and must fail. */
  private static Reloads reload(
      GovernanceEngine engine, Path rules, AtomicInteger working, AtomicInteger started)
      throws IOException {
    int succeeded = 0;
    int failed = 0;
    int inFlight = 0;
    for (int r = 1; r <= RELOADS; r++) {
      started.set(r);
      if (r % 5 == 0) {
        List<Decision> catalogue = engine.catalogue();
        List<String> replacements = engine.replacements();
        Path broken = rules.resolve("broken.drl");
        Files.writeString(broken, "package org.gridgov.local.broken;\nrule \"broken\" when then");
        try {
          engine.reload();
          throw new AssertionError("a folder with a broken file was loaded");
        } catch (RuleLoadException e) {
          assertThat(e.problems()).extracting(RuleProblem::file).containsOnly("broken.drl");
          failed++;
        } finally {
          Files.delete(broken);
        }
        assertThat(engine.catalogue()).isSameAs(catalogue);
        assertThat(engine.replacements()).isEqualTo(replacements);
      } else {
        writeVariant(rules, r % 2 == 1);
        engine.reload();
        succeeded++;
      }
      if (working.get() > 0) {
        inFlight++;
      }
    }
    return new Reloads(succeeded, failed, inFlight);
  }

  // ---------------------------------------------------------------- one batch of orders

  /** What the script does to an order, which decides whether it ends closed, open or cancelled. */
  private static boolean acceptedEarly(int i) {
    return i % 10 < 7;
  }

  private static boolean cancelled(int i) {
    return i % 13 == 0;
  }

  private static boolean ratedUnsatisfiedFirst(int i) {
    return i % 7 == 0;
  }

  /** Rated unsatisfied twice before the sweep, which puts the order under supervision. */
  private static boolean reopenedTwice(int i) {
    return i % 11 == 1;
  }

  private static WorkOrder reported(int i) {
    Kind kind = KINDS.get(i % KINDS.size());
    GridCode grid = GRIDS.get(i % GRIDS.size());
    String id = "WO-" + i;
    Optional<CompoundId> compound =
        grid.equals(GRIDS.get(0)) && kind.category().equals("SERVICE_PROPERTY")
            ? Optional.of(MANAGED)
            : Optional.empty();
    return WorkOrder.report(
        new Report(
            WorkOrderId.of(id),
            Origin.demand(DemandId.of("D-" + id)),
            Category.of(kind.category()),
            kind.matterKind(),
            i % 4 == 0 ? Urgency.URGENT : Urgency.ROUTINE,
            Channel.CALL_GROUP,
            grid,
            compound,
            "order " + i + " of the stress run"),
        RESIDENT,
        REPORTED.plusSeconds(i),
        "");
  }

  private void carry(
      Routing routing, Escalation escalation, DistrictContext district, int from, int to) {
    List<WorkOrder> batch = new ArrayList<>();
    for (int i = from; i < to; i++) {
      batch.add(reported(i));
    }
    Set<WorkOrderId> ids = new HashSet<>();
    batch.forEach(o -> ids.add(o.id()));

    List<RoutingDecision> decided = route(routing, district, batch, ids);
    Instant dispatchedAt = REPORTED.plus(Duration.ofHours(1));
    List<WorkOrder> dispatched = new ArrayList<>();
    for (int k = 0; k < batch.size(); k++) {
      WorkOrder order = batch.get(k);
      WorkOrder d =
          Routing.apply(
                  order, decided.get(k), escalation.deadlines(order, dispatchedAt), dispatchedAt)
              .orElseThrow();
      if (acceptedEarly(from + k)) {
        d = d.accept(WORKER, dispatchedAt.plusSeconds(600), "").orElseThrow();
        if (reopenedTwice(from + k)) {
          d = reopened(reopened(d));
        }
      }
      dispatched.add(d);
    }

    List<WorkOrder> swept = sweep(escalation, dispatched, ids);

    for (int k = 0; k < swept.size(); k++) {
      WorkOrder done = finish(from + k, swept.get(k));
      assertThat(finished.putIfAbsent(done.id(), done)).isNull();
    }
  }

  /** Routes a batch: one decision per order, in order, and only the batch's own candidates. */
  private List<RoutingDecision> route(
      Routing routing, DistrictContext district, List<WorkOrder> batch, Set<WorkOrderId> ids) {
    AUDITED.get().clear();
    List<RoutingDecision> decided = routing.route(district, batch);
    routeCalls.incrementAndGet();
    assertThat(decided).hasSize(batch.size());
    Map<String, Integer> candidates = new HashMap<>();
    for (Decision d : AUDITED.get()) {
      if (d instanceof RouteCandidate c) {
        candidates.merge(c.orderId(), 1, Integer::sum);
      }
    }
    decisions.addAndGet(AUDITED.get().size());
    for (int k = 0; k < batch.size(); k++) {
      WorkOrderId id = batch.get(k).id();
      assertThat(decided.get(k).order()).isEqualTo(id);
      assertThat(candidates.getOrDefault(id.value(), 0)).as("candidates for %s", id).isPositive();
      routed.computeIfAbsent(id, x -> new AtomicInteger()).incrementAndGet();
    }
    assertThat(candidates.keySet()).allSatisfy(o -> assertThat(ids).contains(WorkOrderId.of(o)));
    return decided;
  }

  /**
   * Sweeps a batch and applies the sweep: one traffic light per order, at most one escalation, the
   * decisions exactly those audited on this thread, and no refusal.
   */
  private List<WorkOrder> sweep(
      Escalation escalation, List<WorkOrder> batch, Set<WorkOrderId> ids) {
    AUDITED.get().clear();
    EscalationSweep sweep = escalation.sweep(batch);
    sweepCalls.incrementAndGet();
    List<Decision> audited = List.copyOf(AUDITED.get());
    decisions.addAndGet(audited.size());
    assertThat(sweep.decisions().keySet()).isEqualTo(ids);
    int listed = 0;
    for (WorkOrderId id : ids) {
      List<OrderDecision> mine = sweep.forOrder(id);
      listed += mine.size();
      assertThat(mine).filteredOn(TrafficLight.class::isInstance).as("lights of %s", id).hasSize(1);
      assertThat(mine).filteredOn(EscalationStep.class::isInstance).hasSizeLessThanOrEqualTo(1);
    }
    assertThat(audited).hasSize(listed);
    assertThat(audited).allSatisfy(d -> assertThat(ids).contains(((OrderDecision) d).order()));

    AppliedSweep applied = escalation.apply(sweep, batch);
    assertThat(applied.refusals()).isEmpty();
    assertThat(applied.orders())
        .extracting(WorkOrder::id)
        .containsExactlyElementsOf(batch.stream().map(WorkOrder::id).toList());
    escalations.addAndGet(sweep.all(EscalationStep.class).size());
    reminders.addAndGet(sweep.all(Reminder.class).size());
    supervisions.addAndGet(sweep.all(Supervision.class).size());
    return applied.orders();
  }

  /** Starts, resolves and rates an order unsatisfied, an hour apart: the order is reopened. */
  private static WorkOrder reopened(WorkOrder order) {
    Instant at = order.lastEventAt();
    WorkOrder started =
        order.status() == WorkOrderStatus.ACCEPTED || order.status() == WorkOrderStatus.REOPENED
            ? order.start(WORKER, at.plusSeconds(600), "").orElseThrow()
            : order;
    return started
        .resolve(WORKER, at.plusSeconds(3_600), "done")
        .orElseThrow()
        .rate(rating(Satisfaction.UNSATISFIED, at.plusSeconds(7_200)), RESIDENT, "")
        .orElseThrow();
  }

  /** Takes an order swept at {@link #SWEEP} to the end the script gives it. */
  private static WorkOrder finish(int i, WorkOrder order) {
    Instant at = order.lastEventAt().plusSeconds(60);
    if (cancelled(i)) {
      return order.cancel(CancellationReason.DUPLICATE, WORKER, at, "").orElseThrow();
    }
    if (!acceptedEarly(i)) {
      return i % 2 == 0
          ? order
              .accept(WORKER, at, "")
              .orElseThrow()
              .start(WORKER, at.plusSeconds(60), "")
              .orElseThrow()
          : order;
    }
    WorkOrder resolved =
        order
            .start(WORKER, at, "")
            .orElseThrow()
            .resolve(WORKER, at.plusSeconds(3_600), "done")
            .orElseThrow();
    if (ratedUnsatisfiedFirst(i)) {
      resolved =
          resolved
              .rate(rating(Satisfaction.UNSATISFIED, at.plusSeconds(7_200)), RESIDENT, "")
              .orElseThrow()
              .start(WORKER, at.plusSeconds(7_300), "")
              .orElseThrow()
              .resolve(WORKER, at.plusSeconds(10_800), "done again")
              .orElseThrow();
    }
    return resolved
        .rate(rating(Satisfaction.SATISFIED, at.plusSeconds(14_400)), RESIDENT, "")
        .orElseThrow()
        .close(WORKER, at.plusSeconds(18_000), "")
        .orElseThrow();
  }

  private static Rating rating(Satisfaction satisfaction, Instant at) {
    return Rating.of(satisfaction, PersonId.of("P-RESIDENT"), at);
  }

  // ---------------------------------------------------------------- the ledger

  /** The ledger of every order against the counts the script gives, in total and per grid. */
  private void assertLedgerBalances() {
    Map<GridCode, int[]> expected = new HashMap<>();
    for (int i = 0; i < ORDERS; i++) {
      int[] counts = expected.computeIfAbsent(GRIDS.get(i % GRIDS.size()), g -> new int[3]);
      counts[cancelled(i) ? 2 : acceptedEarly(i) ? 0 : 1]++;
    }
    Ledger ledger = Ledger.of(finished.values(), ZoneId.of("Asia/Shanghai"));

    LedgerLine total = ledger.total();
    assertThat(total.formed()).isEqualTo(ORDERS);
    assertThat(total.closed() + total.open() + total.cancelled()).isEqualTo(total.formed());
    assertThat(ledger.byGrid()).containsOnlyKeys(expected.keySet());
    expected.forEach(
        (grid, counts) -> {
          LedgerLine line = ledger.byGrid().get(grid);
          assertThat(line.closed()).as("closed in %s", grid).isEqualTo(counts[0]);
          assertThat(line.open()).as("open in %s", grid).isEqualTo(counts[1]);
          assertThat(line.cancelled()).as("cancelled in %s", grid).isEqualTo(counts[2]);
          assertThat(line.formed()).isEqualTo(counts[0] + counts[1] + counts[2]);
        });
    assertThat(finished.values().stream().filter(o -> o.status() == WorkOrderStatus.CLOSED).count())
        .isEqualTo(total.closed());
  }
}
