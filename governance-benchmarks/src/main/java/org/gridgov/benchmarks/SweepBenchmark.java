package org.gridgov.benchmarks;

import java.util.concurrent.TimeUnit;
import org.gridgov.rules.escalation.EscalationSweep;
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
 * The escalation sweep, {@code Escalation.sweep(openOrders)}, against {@link BaselineEscalation} on
 * the same generated open orders at an ordinary working day's clock tick, in JMH. Each call sweeps
 * the next batch of {@value Batches#SIZE} open orders, cycling through all of them, so the score is
 * in orders per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(Batches.SIZE)
@Fork(value = 1, jvmArgsAppend = Batches.QUIET)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
public class SweepBenchmark {

  /** Makes the benchmark; JMH does. */
  public SweepBenchmark() {}

  /** The engine, the baseline and the open orders, made once per trial. */
  @State(Scope.Benchmark)
  public static class Workload {

    /** How many open orders are generated; a multiple of {@value Batches#SIZE}. */
    @Param("1000000")
    public int orders;

    Workbench bench;
    Batches batches;

    /** Makes the workload; JMH does. */
    public Workload() {}

    /** Builds the engine and the district and generates the open orders. */
    @Setup(Level.Trial)
    public void setUp() {
      bench = Workbench.at(Main.NOW, BenchmarkDistrict.jinan());
      batches =
          Batches.of(
              Orders.open(
                  bench.district(), bench.categories(), bench.escalation(), orders, Main.NOW, 2));
    }
  }

  /**
   * The engine sweeps a batch.
   *
   * @param w the workload
   * @return the decisions
   */
  @Benchmark
  public EscalationSweep engine(Workload w) {
    return w.bench.escalation().sweep(w.batches.next());
  }

  /**
   * The baseline sweeps a batch.
   *
   * @param w the workload
   * @return the decisions
   */
  @Benchmark
  public EscalationSweep baseline(Workload w) {
    return w.bench.baselineEscalation().sweep(w.batches.next());
  }
}
