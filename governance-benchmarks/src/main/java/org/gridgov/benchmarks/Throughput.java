package org.gridgov.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.rules.escalation.EscalationSweep;
import org.gridgov.rules.routing.RoutingDecision;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine against the hand-coded baseline in JMH, on the same generated orders over Jin'an:
 * routing through the batch API, {@code Routing.route(district, orders)}, against {@link
 * BaselineRouting}; and the escalation sweep, {@code Escalation.sweep(openOrders)}, against {@link
 * BaselineEscalation} at an ordinary working day's clock tick. Each call routes or sweeps the next
 * batch of {@value Batches#SIZE} orders, cycling through all of them, so the score is in orders per
 * second.
 *
 * <p>Run with {@code java -jar benchmarks.jar jmh [JMH options]}; the defaults below (one fork, two
 * warm-up and three measured iterations of 10 s) suit a 2-core machine.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(Batches.SIZE)
@Fork(value = 1, jvmArgsAppend = "-Dorg.slf4j.simpleLogger.defaultLogLevel=error")
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
public class Throughput {

  /** Makes the benchmark; JMH does. */
  public Throughput() {}

  /** The engine and the baselines, and how many orders to generate, made once per trial. */
  @State(Scope.Benchmark)
  public abstract static class Workload {

    /** How many orders are generated; a multiple of {@value Batches#SIZE}. */
    @Param("1000000")
    public int orders;

    Workbench bench;
    Batches batches;

    /** Makes the workload; JMH does. */
    protected Workload() {}

    /** Builds the engine and the district and generates the orders. */
    @Setup(Level.Trial)
    public void setUp() {
      bench = Workbench.at(Main.NOW, BenchmarkDistrict.jinan());
      batches = Batches.of(generate(bench));
    }

    /**
     * The orders of this workload.
     *
     * @param bench the engine, the baselines and the district
     * @return the orders
     */
    abstract List<WorkOrder> generate(Workbench bench);
  }

  /** Orders to route. */
  @State(Scope.Benchmark)
  public static class ToRoute extends Workload {

    /** Makes the workload; JMH does. */
    public ToRoute() {}

    @Override
    List<WorkOrder> generate(Workbench bench) {
      return Orders.toRoute(bench.district(), bench.categories(), orders, 1);
    }
  }

  /** Open orders to sweep, dispatched up to 25 days before the sweep. */
  @State(Scope.Benchmark)
  public static class Open extends Workload {

    /** Makes the workload; JMH does. */
    public Open() {}

    @Override
    List<WorkOrder> generate(Workbench bench) {
      return Orders.open(
          bench.district(), bench.categories(), bench.escalation(), orders, Main.NOW, 2);
    }
  }

  /**
   * The engine routes a batch.
   *
   * @param w the orders
   * @return the decisions
   */
  @Benchmark
  public List<RoutingDecision> routingEngine(ToRoute w) {
    return w.bench.routing().route(w.bench.context(), w.batches.next());
  }

  /**
   * The baseline routes a batch.
   *
   * @param w the orders
   * @return the decisions
   */
  @Benchmark
  public List<BaselineRouting.Routed> routingBaseline(ToRoute w) {
    return w.bench.baselineRouting().route(w.batches.next());
  }

  /**
   * The engine sweeps a batch.
   *
   * @param w the open orders
   * @return the decisions
   */
  @Benchmark
  public EscalationSweep sweepEngine(Open w) {
    return w.bench.escalation().sweep(w.batches.next());
  }

  /**
   * The baseline sweeps a batch.
   *
   * @param w the open orders
   * @return the decisions
   */
  @Benchmark
  public EscalationSweep sweepBaseline(Open w) {
    return w.bench.baselineEscalation().sweep(w.batches.next());
  }
}
