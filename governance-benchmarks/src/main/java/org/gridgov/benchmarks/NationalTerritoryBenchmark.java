package org.gridgov.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.gridgov.core.io.JsonLoadException;
import org.gridgov.core.io.NationalTerritoryJsonl;
import org.gridgov.core.territory.NationalTerritory;
import org.gridgov.core.territory.NationalTerritory.CommunityView;
import org.gridgov.core.territory.NationalTerritory.GridView;
import org.gridgov.core.territory.NationalTerritory.StreetView;

/**
 * The national territory at full scale: loads every village-level unit of the country from the
 * national JSON Lines file with its streets and districts and {@code K} grids each, R times with
 * each reader (the hand parser with its Jackson fallback, and Jackson alone, round by round in
 * turn), each load from nothing with {@code System.gc()} before it; prints the median and range of
 * the load's wall time (and of the loading thread's CPU time, which leaves out the time a busy
 * machine keeps the thread waiting), then the heap used after a garbage collection with the index
 * loaded. Then it looks up N random codes (about a third each of street, community and grid codes),
 * each up to the unit's district, in three ways measured round by round in turn: in the index
 * through views ({@code territory.grid(code)}), in the index through positions ({@code
 * territory.gridPosition(code)}, which makes no object), and in a plain {@code HashMap<String,
 * Unit>} of the same codes; it prints lookups per second and the ratio of each to the HashMap.
 *
 * <p>Usage: {@code java -cp benchmarks.jar org.gridgov.benchmarks.NationalTerritoryBenchmark
 * [--file F] [--rounds R] [--grids K] [--lookups N] [--readers both|hand]}; F = {@code
 * ../shared/data/china-villages.jsonl.gz}, R = 5, K = 5 and N = 2,000,000 by default; {@code
 * --lookups 0} loads only, and {@code --readers hand} loads with the default reader only (to time a
 * whole process that loads once).
 */
public final class NationalTerritoryBenchmark {

  private static final String USAGE =
      "usage: java -cp benchmarks.jar org.gridgov.benchmarks.NationalTerritoryBenchmark"
          + " [--file F] [--rounds R] [--grids K] [--lookups N] [--readers both|hand]";

  private NationalTerritoryBenchmark() {}

  /**
   * A unit as the baseline map holds it: its level and the positions of it and its parents.
   *
   * @param level 9, 12 or 15: the digits of its code
   * @param index its position among the units of its level
   * @param district its district's position
   */
  record Unit(int level, int index, int district) {}

  /**
   * Runs the benchmark.
   *
   * @param args {@code --file F}, {@code --rounds R}, {@code --grids K}, {@code --lookups N},
   *     {@code --readers both|hand}
   * @throws JsonLoadException if the file does not load
   */
  public static void main(String[] args) throws JsonLoadException {
    Path file = Path.of("../shared/data/china-villages.jsonl.gz");
    int rounds = 5;
    int grids = NationalTerritory.DEFAULT_GRIDS_PER_COMMUNITY;
    int lookups = 2_000_000;
    int firstReader = 0;
    for (int i = 0; i < args.length; i += 2) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (value == null ? "" : args[i]) {
        case "--file" -> file = Path.of(value);
        case "--rounds" -> rounds = number(value);
        case "--grids" -> grids = number(value);
        case "--lookups" -> lookups = number(value);
        case "--readers" -> firstReader = value.equals("hand") ? 1 : value.equals("both") ? 0 : -1;
        default -> {
          System.err.println(USAGE);
          System.exit(2);
        }
      }
    }
    if (firstReader < 0) {
      System.err.println(USAGE);
      System.exit(2);
    }
    if (!Files.isRegularFile(file)) {
      System.err.println("no national file at " + file.toAbsolutePath() + "; give it with --file");
      System.exit(2);
    }
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.out.printf(
        Locale.ROOT,
        "JVM: %s %s, %d cores, max heap %d MB; load average %.2f%n",
        System.getProperty("java.vm.name"),
        System.getProperty("java.runtime.version"),
        Runtime.getRuntime().availableProcessors(),
        memory.getHeapMemoryUsage().getMax() >> 20,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    System.out.printf(
        Locale.ROOT,
        "file: %s (%.1f MB); %d rounds per reader; %d grids per community%n",
        file,
        sizeOf(file) / 1e6,
        rounds,
        grids);
    long heapBefore = heapAfterGc(memory);

    // rounds alternate the two readers, so that a busy machine weighs on both alike
    String[] names = {"Jackson streaming only", "hand parser, Jackson fallback"};
    NationalTerritoryJsonl[] readers = {
      NationalTerritoryJsonl.withJacksonOnly(), new NationalTerritoryJsonl()
    };
    double[][] wall = new double[2][rounds];
    double[][] cpu = new double[2][rounds];
    NationalTerritory territory = null;
    System.out.println();
    System.out.println("== load, rounds alternating the readers");
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int r = 0; r < rounds; r++) {
      for (int k = firstReader; k < 2; k++) {
        territory = null;
        System.gc();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        territory = readers[k].read(file, grids);
        wall[k][r] = (System.nanoTime() - start) / 1e9;
        cpu[k][r] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        System.out.printf(
            Locale.ROOT,
            "   round %d, %-29s %.3f s wall, %.3f s CPU   %s%n",
            r + 1,
            names[k] + ":",
            wall[k][r],
            cpu[k][r],
            territory);
      }
    }
    for (int k = 1; k >= firstReader; k--) {
      System.out.printf(
          Locale.ROOT,
          "   %-29s load median %.3f s wall (min %.3f, max %.3f); CPU median %.3f s (min %.3f,"
              + " max %.3f)%n",
          names[k] + ":",
          Main.median(wall[k]),
          Main.min(wall[k]),
          Main.max(wall[k]),
          Main.median(cpu[k]),
          Main.min(cpu[k]),
          Main.max(cpu[k]));
    }

    long heapLoaded = heapAfterGc(memory);
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "heap used after GC: %.1f MB with the index loaded, %.1f MB before loading, so the index"
            + " takes %.1f MB (its arrays: %.1f MB)%n",
        heapLoaded / 1e6,
        heapBefore / 1e6,
        (heapLoaded - heapBefore) / 1e6,
        territory.footprint() / 1e6);
    if (lookups > 0) {
      lookups(territory, lookups, rounds, memory, heapLoaded);
    }
    System.out.printf(
        Locale.ROOT,
        "load average at the end: %.2f%n",
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  private static void lookups(
      NationalTerritory territory, int n, int rounds, MemoryMXBean memory, long heapLoaded) {
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "== lookups of %,d random codes (about a third each of street, community and grid codes) up to"
            + " the district%n",
        n);
    long start = System.nanoTime();
    Map<String, Unit> baseline =
        new HashMap<>((int) ((territory.gridCount() + territory.communityCount()) / 0.75) + 1);
    for (StreetView s : territory.streets()) {
      baseline.put(s.code().value(), new Unit(9, s.index(), s.district().index()));
    }
    for (CommunityView c : territory.communities()) {
      baseline.put(c.code().value(), new Unit(12, c.index(), c.district().index()));
    }
    for (GridView g : territory.grids()) {
      baseline.put(g.code().value(), new Unit(15, g.index(), g.district().index()));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long heapWithMap = heapAfterGc(memory);
    System.out.printf(
        Locale.ROOT,
        "   baseline HashMap<String, Unit> of all %,d codes made in %.1f s; heap used after GC"
            + " %.1f MB, so the HashMap takes %.1f MB%n",
        baseline.size(),
        seconds,
        heapWithMap / 1e6,
        (heapWithMap - heapLoaded) / 1e6);

    // each code a new string, made in the order they are looked up, as codes arriving from outside
    SplittableRandom random = new SplittableRandom(20240508);
    String[] codes = new String[n];
    for (int i = 0; i < n; i++) {
      codes[i] =
          switch (random.nextInt(3)) {
            case 0 -> territory.streets().get(random.nextInt(territory.streetCount())).toString();
            case 1 ->
                territory
                    .communities()
                    .get(random.nextInt(territory.communityCount()))
                    .code()
                    .value();
            default -> territory.grids().get(random.nextInt(territory.gridCount())).toString();
          };
    }
    String[] labels = {"index, views   ", "index, positions", "HashMap        "};
    Pass[] passes = {
      () -> byViews(territory, codes),
      () -> byPositions(territory, codes),
      () -> byMap(baseline, codes)
    };
    long expected = passes[2].run();
    for (int k = 0; k < 2; k++) {
      if (passes[k].run() != expected) {
        throw new IllegalStateException(labels[k].trim() + " and the HashMap disagree");
      }
    }
    // rates[k][0]: lookups per second of wall time, rates[k][1]: per second of CPU time
    double[][][] rates = new double[3][2][rounds];
    for (int r = 0; r < rounds; r++) {
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "   round %d:", r + 1));
      for (int k = 0; k < 3; k++) {
        measure(n, passes[k], rates[k], r);
        line.append(String.format(Locale.ROOT, "  %s %,12.0f/s", labels[k].trim(), rates[k][0][r]));
      }
      System.out.println(line);
    }
    for (int k = 0; k < 3; k++) {
      System.out.printf(
          Locale.ROOT,
          "   %s median %,12.0f lookups/s (min %,.0f, max %,.0f); per CPU second %,.0f;"
              + " ratio to the HashMap %.2f (per CPU second %.2f)%n",
          labels[k],
          Main.median(rates[k][0]),
          Main.min(rates[k][0]),
          Main.max(rates[k][0]),
          Main.median(rates[k][1]),
          Main.median(rates[k][0]) / Main.median(rates[2][0]),
          Main.median(rates[k][1]) / Main.median(rates[2][1]));
    }
  }

  /** Looks every code up in the index as a view and sums its district's position and its own. */
  private static long byViews(NationalTerritory territory, String[] codes) {
    long sum = 0;
    for (String code : codes) {
      sum +=
          switch (code.length()) {
            case 9 -> {
              StreetView s = territory.street(code).orElseThrow();
              yield s.district().index() + s.index();
            }
            case 12 -> {
              CommunityView c = territory.community(code).orElseThrow();
              yield c.district().index() + c.index();
            }
            default -> {
              GridView g = territory.grid(code).orElseThrow();
              yield g.district().index() + g.index();
            }
          };
    }
    return sum;
  }

  /**
   * Looks every code's position up in the index, without making views but for the parent's, and
   * sums its district's position and its own.
   */
  private static long byPositions(NationalTerritory territory, String[] codes) {
    long sum = 0;
    for (String code : codes) {
      sum +=
          switch (code.length()) {
            case 9 -> {
              int s = territory.streetPosition(code);
              yield territory.streetAt(s).district().index() + s;
            }
            case 12 -> {
              int c = territory.communityPosition(code);
              yield territory.communityAt(c).district().index() + c;
            }
            default -> {
              int g = territory.gridPosition(code);
              yield territory.gridAt(g).district().index() + g;
            }
          };
    }
    return sum;
  }

  /** Looks every code up in the map and sums its district's position and its own. */
  private static long byMap(Map<String, Unit> baseline, String[] codes) {
    long sum = 0;
    for (String code : codes) {
      Unit u = baseline.get(code);
      sum += u.district() + u.index();
    }
    return sum;
  }

  private interface Pass {
    long run();
  }

  /** Runs a pass once and records its lookups per second of wall time and of CPU time. */
  private static void measure(int n, Pass pass, double[][] rates, int round) {
    System.gc();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    long sum = pass.run();
    long nanos = System.nanoTime() - start;
    long cpuNanos = threads.getCurrentThreadCpuTime() - cpuStart;
    if (sum == Long.MIN_VALUE) {
      throw new IllegalStateException("unreachable");
    }
    rates[0][round] = n / (nanos / 1e9);
    rates[1][round] = n / (cpuNanos / 1e9);
  }

  private static long heapAfterGc(MemoryMXBean memory) {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }

  private static int number(String text) {
    return Integer.parseInt(text.replace("_", "").replace(",", ""));
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (java.io.IOException e) {
      return 0;
    }
  }
}
