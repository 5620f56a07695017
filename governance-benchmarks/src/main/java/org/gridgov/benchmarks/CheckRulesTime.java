package org.gridgov.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.gridgov.rules.GovernanceEngine;
import org.gridgov.rules.RuleProblem;

/**
 * The time {@code check-rules} takes on the shipped default rules, checked as an integrator folder:
 * every default file is copied into a folder of its own and checked as integrator files are (the
 * descriptor checks, the compiler and the bytecode verification). Prints the first check, then the
 * median and the fastest of the next {@code rounds}, in milliseconds, and the problems found (none
 * is expected).
 */
public final class CheckRulesTime {

  private static final String DEFAULTS_INDEX = "org/gridgov/rules/default-rules.properties";

  private CheckRulesTime() {}

  /**
   * Runs the checks.
   *
   * @param args {@code --rounds R} (default 10)
   * @throws IOException if the temporary folder cannot be written
   */
  public static void main(String[] args) throws IOException {
    int rounds = args.length == 2 && args[0].equals("--rounds") ? Integer.parseInt(args[1]) : 10;
    Path folder = Files.createTempDirectory("gridgov-check-rules");
    int files = copyDefaults(folder);
    long start = System.nanoTime();
    List<RuleProblem> problems = GovernanceEngine.check(folder);
    long first = System.nanoTime() - start;
    long[] times = new long[rounds];
    for (int i = 0; i < rounds; i++) {
      long t = System.nanoTime();
      GovernanceEngine.check(folder);
      times[i] = System.nanoTime() - t;
    }
    java.util.Arrays.sort(times);
    System.out.printf(
        "check-rules on the %d default files: first %d ms, median %d ms, fastest %d ms over %d"
            + " rounds; %d problems%n",
        files,
        first / 1_000_000,
        times[rounds / 2] / 1_000_000,
        times[0] / 1_000_000,
        rounds,
        problems.size());
    problems.forEach(p -> System.out.println("  " + p));
  }

  private static int copyDefaults(Path folder) {
    ClassLoader loader = CheckRulesTime.class.getClassLoader();
    Properties index = new Properties();
    try (InputStream in = loader.getResourceAsStream(DEFAULTS_INDEX)) {
      index.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String file : index.stringPropertyNames()) {
        try (InputStream rule = loader.getResourceAsStream(file)) {
          Files.write(folder.resolve(file.substring(file.lastIndexOf('/') + 1)), rule.readAllBytes());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return index.size();
  }
}
