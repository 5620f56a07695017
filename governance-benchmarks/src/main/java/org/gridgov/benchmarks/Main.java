package org.gridgov.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.gridgov.core.calendar.WorkingCalendar;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.rules.GovernanceEngine;
import org.gridgov.rules.decision.CategoryDefinition;
import org.gridgov.rules.escalation.Escalation;
import org.gridgov.rules.fact.RoutingCase;
import org.gridgov.rules.fact.SweepContext;
import org.gridgov.rules.routing.DistrictContext;
import org.gridgov.rules.routing.Routing;

/**
 * The benchmark: routing and the escalation sweep of N generated orders over Jin'an, on the engine
 * and by hand, measured in the same run. Each workload runs one warm-up round, then R measured
 * rounds alternating engine and baseline; it prints the median and the range of orders per second
 * for each, and the ratio of the engine's median to the baseline's.
 *
 * <p>Usage: {@code java -jar benchmarks.jar [--orders N] [--rounds R] [--only routing|sweep]}, N =
 * 1,000,000 and R = 5 by default; {@code java -jar benchmarks.jar jmh [JMH options]} runs the JMH
 * benchmarks instead ({@link Throughput}) with JMH's own runner and options.
 */
public final class Main {

  /** Orders per call of the engine: the batch its sweep uses, and the batch routing is given. */
  static final int CHUNK = 5_000;

  /** The sweep's instant: an ordinary working day, Wednesday 2024-05-08 10:00 in Fuzhou. */
  static final Instant NOW =
      LocalDateTime.parse("2024-05-08T10:00").atZone(WorkingCalendar.CHINA).toInstant();

  private Main() {}

  /** A workload: one pass over all orders. */
  private interface Pass {
    /**
     * Runs once.
     *
     * @return a number that depends on the work, so that it is not optimised away
     */
    long run();
  }

  /**
   * Runs the benchmark.
   *
   * @param args {@code --orders N}, {@code --rounds R}; or {@code jmh} followed by JMH's options
   * @throws IOException if JMH cannot write its results
   */
  public static void main(String[] args) throws IOException {
    if (args.length > 0 && args[0].equals("jmh")) {
      org.openjdk.jmh.Main.main(Arrays.copyOfRange(args, 1, args.length));
      return;
    }
    // keep the report readable: the rules compiler logs at INFO and WARN
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "error");
    int orders = 1_000_000;
    int rounds = 5;
    String only = "all";
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--orders" -> orders = Integer.parseInt(args[++i].replace("_", "").replace(",", ""));
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--only" -> only = args[++i];
        default -> {
          System.err.println(
              "usage: java -jar benchmarks.jar [--orders N] [--rounds R] [--only routing|sweep]\n"
                  + "       java -jar benchmarks.jar jmh [JMH options, -h for the list]");
          System.exit(2);
        }
      }
    }
    Runtime rt = Runtime.getRuntime();
    System.out.printf(
        Locale.ROOT,
        "JVM: %s %s (%s), %d cores, max heap %d MB%n",
        System.getProperty("java.vm.name"),
        System.getProperty("java.runtime.version"),
        System.getProperty("java.vm.vendor"),
        rt.availableProcessors(),
        rt.maxMemory() >> 20);
    System.out.printf(
        Locale.ROOT,
        "orders: %,d; rounds: %d after one warm-up round; batches of %,d orders%n",
        orders,
        rounds,
        CHUNK);

    Workbench bench = Workbench.at(NOW, BenchmarkDistrict.jinan());
    GovernanceEngine engine = bench.engine();
    Routing routing = bench.routing();
    Escalation escalation = bench.escalation();
    BenchmarkDistrict district = bench.district();
    DistrictContext context = bench.context();
    List<CategoryDefinition> categories = bench.categories();
    BaselineRouting baselineRouting = bench.baselineRouting();
    BaselineEscalation baselineEscalation = bench.baselineEscalation();
    System.out.printf(
        Locale.ROOT,
        "district: %d communities and villages, %d grids; sweep at %s%n",
        district.snapshot().territory().communities().size(),
        district.grids().size(),
        NOW);

    if (!only.equals("all") && !only.equals("routing") && !only.equals("sweep")) {
      System.err.println("--only takes routing or sweep, got " + only);
      System.exit(2);
    }
    // ------------------------------------------------------------------ routing
    if (!only.equals("sweep")) {
      List<List<WorkOrder>> toRoute =
          Orders.chunks(Orders.toRoute(district, categories, orders, 1), CHUNK);
      List<List<RoutingCase>> cases = new ArrayList<>();
      List<List<Object>> routingFacts = new ArrayList<>();
      for (List<WorkOrder> chunk : toRoute) {
        List<RoutingCase> c = chunk.stream().map(baselineRouting::routingCase).toList();
        cases.add(c);
        routingFacts.add(RoutingFacts.of(baselineRouting, c));
      }
      report(heap("routing orders generated"));
      compare(
          "routing, batch API (work orders in, decisions out)",
          orders,
          rounds,
          () -> {
            long n = 0;
            for (List<WorkOrder> chunk : toRoute) {
              n += routing.route(context, chunk).size();
            }
            return n;
          },
          () -> {
            long n = 0;
            for (List<WorkOrder> chunk : toRoute) {
              n += baselineRouting.route(chunk).size();
            }
            return n;
          });
      compare(
          "routing, rules alone (routing facts in, proposals out)",
          orders,
          rounds,
          () -> {
            long n = 0;
            for (List<Object> facts : routingFacts) {
              n += engine.decide(facts).size();
            }
            return n;
          },
          () -> {
            long n = 0;
            for (List<RoutingCase> c : cases) {
              n += baselineRouting.decide(c).size();
            }
            return n;
          });
      toRoute.clear();
      cases.clear();
      routingFacts.clear();
    }
    if (only.equals("routing")) {
      return;
    }

    // ------------------------------------------------------------------ sweep
    List<WorkOrder> open = Orders.open(district, categories, escalation, orders, NOW, 2);
    SweepContext sweepContext = baselineEscalation.context();
    List<List<Object>> sweepFacts = new ArrayList<>();
    List<List<BaselineEscalation.Facts>> sweepFactsByOrder = new ArrayList<>();
    for (List<WorkOrder> chunk : Orders.chunks(open, CHUNK)) {
      List<Object> facts = new ArrayList<>();
      facts.add(sweepContext);
      List<BaselineEscalation.Facts> each = new ArrayList<>(chunk.size());
      for (WorkOrder o : chunk) {
        if (o.status().isOpen()) {
          BaselineEscalation.Facts f = baselineEscalation.facts(o);
          each.add(f);
          facts.addAll(f.asList());
        }
      }
      sweepFacts.add(facts);
      sweepFactsByOrder.add(each);
    }
    report(heap("open orders generated"));
    compare(
        "escalation sweep, API (open work orders in, decisions out)",
        orders,
        rounds,
        () -> escalation.sweep(open).decisions().size(),
        () -> baselineEscalation.sweep(open).decisions().size());
    compare(
        "escalation sweep, rules alone (sweep facts in, decisions out)",
        orders,
        rounds,
        () -> {
          long n = 0;
          for (List<Object> facts : sweepFacts) {
            n += engine.decide(facts).size();
          }
          return n;
        },
        () -> {
          long n = 0;
          for (List<BaselineEscalation.Facts> each : sweepFactsByOrder) {
            for (BaselineEscalation.Facts f : each) {
              n += BaselineEscalation.decide(sweepContext, f).size();
            }
          }
          return n;
        });
    report(heap("end"));
  }

  private static void compare(String name, int orders, int rounds, Pass engine, Pass baseline) {
    System.out.println();
    System.out.println("== " + name);
    long check = engine.run() + baseline.run();
    double[] byEngine = new double[rounds];
    double[] byHand = new double[rounds];
    double[] byEngineCpu = new double[rounds];
    double[] byHandCpu = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      double[] e = measure(engine, orders);
      double[] b = measure(baseline, orders);
      byEngine[r] = e[0];
      byEngineCpu[r] = e[1];
      byHand[r] = b[0];
      byHandCpu[r] = b[1];
      System.out.printf(
          Locale.ROOT,
          "   round %d: engine %,12.0f orders/s   baseline %,12.0f orders/s"
              + "   (per CPU second of the thread: %,.0f and %,.0f)%n",
          r + 1,
          byEngine[r],
          byHand[r],
          byEngineCpu[r],
          byHandCpu[r]);
    }
    double e = median(byEngine);
    double b = median(byHand);
    System.out.printf(
        Locale.ROOT,
        "   engine   median %,12.0f orders/s (min %,.0f, max %,.0f)%n",
        e,
        min(byEngine),
        max(byEngine));
    System.out.printf(
        Locale.ROOT,
        "   baseline median %,12.0f orders/s (min %,.0f, max %,.0f)%n",
        b,
        min(byHand),
        max(byHand));
    System.out.printf(
        Locale.ROOT,
        "   ratio engine/baseline %.4f (baseline %.1fx faster)   [check %d]%n",
        e / b,
        b / e,
        check % 10);
    double ec = median(byEngineCpu);
    double bc = median(byHandCpu);
    System.out.printf(
        Locale.ROOT,
        "   per CPU second of the thread: engine median %,.0f (min %,.0f, max %,.0f),"
            + " baseline median %,.0f (min %,.0f, max %,.0f), ratio %.4f%n",
        ec,
        min(byEngineCpu),
        max(byEngineCpu),
        bc,
        min(byHandCpu),
        max(byHandCpu),
        ec / bc);
  }

  /** Orders per wall-clock second and per CPU second of the calling thread. */
  private static double[] measure(Pass pass, int orders) {
    System.gc();
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    long n = pass.run();
    long nanos = System.nanoTime() - start;
    long cpuNanos = threads.getCurrentThreadCpuTime() - cpuStart;
    if (n < 0) {
      throw new IllegalStateException("unreachable");
    }
    return new double[] {orders / (nanos / 1e9), orders / (cpuNanos / 1e9)};
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int m = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
  }

  static double min(double[] values) {
    return Arrays.stream(values).min().orElse(Double.NaN);
  }

  static double max(double[] values) {
    return Arrays.stream(values).max().orElse(Double.NaN);
  }

  private static String heap(String when) {
    System.gc();
    Runtime rt = Runtime.getRuntime();
    long used = rt.totalMemory() - rt.freeMemory();
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return String.format(
        Locale.ROOT,
        "heap (%s): %d MB used after GC, peak %d MB (sum of pool peaks), max %d MB",
        when,
        used >> 20,
        peak >> 20,
        rt.maxMemory() >> 20);
  }

  private static void report(String line) {
    System.out.println(line);
  }
}
