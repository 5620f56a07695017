package org.gridgov.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * Routing through the batch API, {@code Routing.route(district, orders)}, against {@link
 * BaselineRouting} on the same generated orders, in JMH. Each call routes the next batch of {@value
 * Batches#SIZE} orders, cycling through all of them, so the score is in orders per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(Batches.SIZE)
@Fork(value = 1, jvmArgsAppend = Batches.QUIET)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
public class RoutingBenchmark {

  /** Makes the benchmark; JMH does. */
  public RoutingBenchmark() {}

  /** The engine, the baseline and the orders to route, made once per trial. */
  @State(Scope.Benchmark)
  public static class Workload {

    /** How many orders are generated; a multiple of {@value Batches#SIZE}. */
    @Param("1000000")
    public int orders;

    Workbench bench;
    Batches batches;

    /** Makes the workload; JMH does. */
    public Workload() {}

    /** Builds the engine and the district and generates the orders. */
    @Setup(Level.Trial)
    public void setUp() {
      bench = Workbench.at(Main.NOW, BenchmarkDistrict.jinan());
      batches = Batches.of(Orders.toRoute(bench.district(), bench.categories(), orders, 1));
    }
  }

  /**
   * The engine routes a batch.
   *
   * @param w the workload
   * @return the decisions
   */
  @Benchmark
  public List<RoutingDecision> engine(Workload w) {
    return w.bench.routing().route(w.bench.context(), w.batches.next());
  }

  /**
   * The baseline routes a batch.
   *
   * @param w the workload
   * @return the decisions
   */
  @Benchmark
  public List<BaselineRouting.Routed> baseline(Workload w) {
    return w.bench.baselineRouting().route(w.batches.next());
  }
}
