package org.gridgov.benchmarks;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.core.workorder.WorkOrderId;
import org.gridgov.rules.GovernanceEngine;
import org.gridgov.rules.decision.CategoryDefinition;
import org.gridgov.rules.escalation.Escalation;
import org.gridgov.rules.escalation.EscalationSweep;
import org.gridgov.rules.escalation.EscalationWatch;
import org.gridgov.rules.routing.Routing;

/**
 * The escalation watch holding N open orders: the time to put them, the watch's memory per order,
 * and the time of each sweep as the clock ticks, against a full sweep of all orders by the engine
 * and by hand at the same ticks. After each tick the host applies the decisions and puts the
 * changed orders back, as a platform would.
 *
 * <p>Usage: {@code java -cp benchmarks.jar org.gridgov.benchmarks.WatchBenchmark [--orders N]
 * [--ticks T] [--tick-minutes M]}; N = 1,000,000, T = 8 and M = 60 by default.
 */
public final class WatchBenchmark {

  private WatchBenchmark() {}

  /** A clock the benchmark moves. */
  private static final class TickClock extends Clock {
    private volatile Instant now;

    TickClock(Instant now) {
      this.now = now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  /**
   * Runs the benchmark.
   *
   * @param args {@code --orders N}, {@code --ticks T}, {@code --tick-minutes M}, {@code --full
   *     false} to skip the full sweeps
   */
  public static void main(String[] args) {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "error");
    int orders = 1_000_000;
    int ticks = 8;
    int tickMinutes = 60;
    boolean full = true;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--orders" -> orders = Integer.parseInt(args[++i].replace("_", "").replace(",", ""));
        case "--ticks" -> ticks = Integer.parseInt(args[++i]);
        case "--tick-minutes" -> tickMinutes = Integer.parseInt(args[++i]);
        case "--full" -> full = Boolean.parseBoolean(args[++i]);
        default -> {
          System.err.println(
              "usage: WatchBenchmark [--orders N] [--ticks T] [--tick-minutes M] [--full B]");
          System.exit(2);
        }
      }
    }
    TickClock clock = new TickClock(Main.NOW);
    GovernanceEngine engine = GovernanceEngine.builder().clock(clock).build();
    Escalation escalation = Escalation.on(engine);
    BenchmarkDistrict district = BenchmarkDistrict.jinan();
    List<CategoryDefinition> categories = List.copyOf(Routing.on(engine).categories().values());
    BaselineEscalation byHand = new BaselineEscalation(engine.calendar(), clock);
    System.out.printf(
        Locale.ROOT,
        "JVM: %s %s, %d cores, max heap %d MB; orders %,d; %d ticks of %d minutes from %s%n",
        System.getProperty("java.vm.name"),
        System.getProperty("java.runtime.version"),
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20,
        orders,
        ticks,
        tickMinutes,
        Main.NOW);

    List<WorkOrder> open =
        new ArrayList<>(Orders.open(district, categories, escalation, orders, Main.NOW, 2));
    open.removeIf(o -> !o.status().isOpen());
    long before = usedAfterGc();
    EscalationWatch watch = escalation.watch();
    long t0 = System.nanoTime();
    watch.putAll(open);
    double putSeconds = (System.nanoTime() - t0) / 1e9;
    long after = usedAfterGc();
    System.out.printf(
        Locale.ROOT,
        "put %,d open orders in %.2f s; watch memory %,d bytes = %.0f bytes per order%n",
        watch.size(),
        putSeconds,
        after - before,
        (after - before) / (double) watch.size());

    Map<WorkOrderId, Integer> index = new HashMap<>();
    for (int i = 0; i < open.size(); i++) {
      index.put(open.get(i).id(), i);
    }
    double[] watchSeconds = new double[ticks];
    double[] fullSeconds = new double[ticks];
    double[] handSeconds = new double[ticks];
    Instant at = Main.NOW;
    for (int t = 0; t <= ticks; t++) {
      if (t > 0) {
        at = at.plus(Duration.ofMinutes(tickMinutes));
      }
      clock.now = at;
      long s = System.nanoTime();
      EscalationSweep sweep = watch.sweep();
      double seconds = (System.nanoTime() - s) / 1e9;
      double fullTime = Double.NaN;
      double handTime = Double.NaN;
      int fullActionable = -1;
      if (full && t > 0) {
        s = System.nanoTime();
        EscalationSweep all = escalation.sweep(open);
        fullTime = (System.nanoTime() - s) / 1e9;
        s = System.nanoTime();
        int n = byHand.sweep(open).decisions().size();
        handTime = (System.nanoTime() - s) / 1e9;
        fullActionable = actionable(all) + (n < 0 ? 1 : 0);
      }
      int looked = sweep.decisions().size();
      int act = actionable(sweep);
      List<WorkOrder> touched = new ArrayList<>();
      for (WorkOrderId id : sweep.decisions().keySet()) {
        touched.add(open.get(index.get(id)));
      }
      List<WorkOrder> applied = escalation.apply(sweep, touched).orders();
      for (WorkOrder o : applied) {
        if (!o.equals(open.get(index.get(o.id())))) {
          open.set(index.get(o.id()), o);
          watch.put(o);
        }
      }
      System.out.printf(
          Locale.ROOT,
          "tick %d at %s: watch %.3f s (%,d orders looked at, %,d with reminders, escalations or"
              + " supervision)%s%n",
          t,
          at,
          seconds,
          looked,
          act,
          full && t > 0
              ? String.format(
                  Locale.ROOT,
                  "; full sweep engine %.3f s, by hand %.3f s (%,d with actions)",
                  fullTime,
                  handTime,
                  fullActionable)
              : " (first sweep: every order is new)");
      if (t > 0) {
        watchSeconds[t - 1] = seconds;
        fullSeconds[t - 1] = fullTime;
        handSeconds[t - 1] = handTime;
      }
    }
    System.out.printf(
        Locale.ROOT,
        "watch sweep median %.3f s (min %.3f, max %.3f) over %d ticks%n",
        median(watchSeconds),
        Arrays.stream(watchSeconds).min().orElse(0),
        Arrays.stream(watchSeconds).max().orElse(0),
        ticks);
    if (full) {
      System.out.printf(
          Locale.ROOT,
          "full sweep median: engine %.3f s, by hand %.3f s; watch / full engine %.4f, watch / by"
              + " hand %.4f%n",
          median(fullSeconds),
          median(handSeconds),
          median(watchSeconds) / median(fullSeconds),
          median(watchSeconds) / median(handSeconds));
    }
  }

  private static int actionable(EscalationSweep sweep) {
    int n = 0;
    for (var list : sweep.decisions().values()) {
      if (list.stream()
          .anyMatch(
              d ->
                  !(d instanceof org.gridgov.rules.decision.TrafficLight)
                      && !(d instanceof org.gridgov.rules.decision.AgendaItem))) {
        n++;
      }
    }
    return n;
  }

  private static long usedAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int m = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
  }
}
