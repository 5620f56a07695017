package org.gridgov.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.gridgov.core.calendar.HolidayTable;
import org.gridgov.core.calendar.WorkingCalendar;
import org.gridgov.core.common.Refused;
import org.gridgov.core.io.HierarchyJson;
import org.gridgov.core.territory.Territory;
import org.gridgov.examples.district.DistrictPopulation;
import org.gridgov.examples.district.PopulatedDistrict;
import org.gridgov.examples.simulation.CycleParameters;
import org.gridgov.examples.simulation.SimulationClock;
import org.gridgov.examples.simulation.SimulationReport;
import org.gridgov.examples.simulation.SimulationResult;
import org.gridgov.examples.simulation.YearSimulation;
import org.gridgov.examples.text.Texts;
import org.gridgov.rules.GovernanceEngine;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Runs the list cycle of a district over a period, on the default or an integrator's rules, and
 * writes its report beside the source report's figures.
 */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description = {
      "Populates a district (default: Jin'an) to the source report's figures and runs the list"
          + " cycle over the report's period (2022-01-01 to 2023-11-30) on the default rules or"
          + " an integrator's: small matters routed and dispatched at once; project-list items"
          + " grouped into projects, deliberated at each community's quarterly joint meeting,"
          + " dispatched, taken or returned, resolved, rated and reconciled. Prints the summary"
          + " beside the report's own figures and writes report.json and a self-contained"
          + " report.html into the output folder. Long runs show a progress bar on standard"
          + " error."
    })
final class SimulateCommand implements Callable<Integer> {

  /** The volume above which a run is long enough for a progress bar. */
  static final int LARGE_VOLUME = 20_000;

  /** The most demands a year may have: about 8,000 times Jin'an's. */
  static final int MAX_VOLUME = 10_000_000;

  /**
   * The heap a demand of the year needs at most, with the district and the rules around it: a year
   * of 1.24 million demands runs in a 4 GiB heap.
   */
  static final long BYTES_PER_DEMAND = 2 * 1024;

  private static final long MIB = 1024 * 1024;

  private static final int BAR_WIDTH = 79;

  /** The first year the working calendar counts. */
  static final int FIRST_YEAR = 2004;

  /** The last year the working calendar counts, provisionally after its official years. */
  static final int LAST_YEAR = 2100;

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Option(names = "--district", paramLabel = "FILE", description = "a district hierarchy file")
  private Path district;

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "2024",
      description = "the seed of the population and of the year (default: ${DEFAULT-VALUE})")
  private long seed;

  @Option(
      names = "--volume",
      paramLabel = "N",
      defaultValue = "1242",
      description =
          "the demands raised in the period (default: ${DEFAULT-VALUE}, the report's list items)")
  private int volume;

  @Option(
      names = "--progress",
      paramLabel = "WHEN",
      defaultValue = "auto",
      description =
          "a progress bar on standard error: auto (when the volume is over "
              + LARGE_VOLUME
              + " or the command runs in a console), always or never (default: ${DEFAULT-VALUE})")
  private String progress;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "gridgov-report",
      description = "the folder the report is written to (default: ${DEFAULT-VALUE})")
  private Path out;

  @Option(names = "--holidays", paramLabel = "FILE", description = HolidayFilesOption.DESCRIPTION)
  private List<Path> holidays = new ArrayList<>();

  @Option(
      names = "--rules",
      paramLabel = "DIR",
      description =
          "an integrator rule folder whose rules and tables add to or replace the defaults, as"
              + " check-rules reads it")
  private Path rules;

  @Option(
      names = "--from",
      paramLabel = "DATE",
      description = "the first day simulated (default: 2022-01-01, the report's period)")
  private String from;

  @Option(
      names = "--to",
      paramLabel = "DATE",
      description = "the last day simulated (default: 2023-11-30, the report's period)")
  private String to;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Texts texts = Texts.in(GridGovCommand.locale(spec));
    checkVolume(volume, Runtime.getRuntime().maxMemory());
    if (!List.of("auto", "always", "never").contains(progress)) {
      throw CommandLineProblem.of("simulate.progress", progress);
    }
    if (district != null) {
      Arguments.inputFile(district, "--district");
    }
    List<HolidayTable> officialYears;
    try {
      officialYears = HolidayFilesOption.read(holidays);
    } catch (HolidayFilesOption.Refused e) {
      throw new CommandLineProblem((org.gridgov.core.common.Describable) e);
    }
    LocalDate first = date(from, "--from", YearSimulation.REPORT_PERIOD_FROM);
    LocalDate last = date(to, "--to", YearSimulation.REPORT_PERIOD_TO);
    checkPeriod(first, last);
    if (rules != null) {
      Arguments.ruleFolder(rules, "--rules");
    }
    SimulationClock clock =
        new SimulationClock(
            first.atStartOfDay(WorkingCalendar.CHINA).toInstant(), WorkingCalendar.CHINA);
    GovernanceEngine engine = engine(clock, officialYears);
    Arguments.outputFolder(out, "--out", SimulationReport.FILES);
    Territory territory =
        district == null
            ? new HierarchyJson().readJinan().territory()
            : new HierarchyJson().read(district).territory();
    PopulatedDistrict populated = DistrictPopulation.toReportFigures(territory, seed);
    YearSimulation year =
        YearSimulation.of(populated, engine, clock)
            .between(first, last)
            .withVolume(volume)
            .withListCycle(CycleParameters.DEFAULTS);
    boolean console = System.console() != null;
    SimulationResult result =
        showsProgress(progress, volume, console)
            ? withProgressBar(year, err, console)
            : year.run(seed);
    SimulationReport report =
        new SimulationReport(populated.snapshot().territory(), result, seed, texts);
    stdout.print(Terminal.printable(report.summary()));
    stdout.flush();
    List<Path> written = report.write(out);
    stdout.println();
    stdout.println(texts.get("simulate.report", written.get(0)));
    stdout.println(texts.get("simulate.htmlReport", written.get(1)));
    return 0;
  }

  /**
   * Refuses a volume below one, above {@link #MAX_VOLUME}, or larger than the heap can hold at
   * {@link #BYTES_PER_DEMAND}.
   *
   * @param volume the demands asked for
   * @param maxHeap the largest heap the JVM may use, in bytes
   */
  static void checkVolume(int volume, long maxHeap) {
    if (volume < 1) {
      throw CommandLineProblem.of("simulate.volumeTooSmall", Integer.toString(volume));
    }
    if (volume > MAX_VOLUME) {
      throw CommandLineProblem.of(
          "simulate.volumeTooLarge", Integer.toString(MAX_VOLUME), Integer.toString(volume));
    }
    long needed = (long) volume * BYTES_PER_DEMAND;
    if (needed > maxHeap) {
      throw CommandLineProblem.of(
          "simulate.volumeHeap",
          Integer.toString(volume),
          Long.toString(needed / MIB),
          Long.toString(maxHeap / MIB),
          Long.toString(needed / MIB + 512),
          Long.toString(maxHeap / BYTES_PER_DEMAND));
    }
  }

  /** The engine on the default rules, with the integrator's folder and official years if given. */
  private GovernanceEngine engine(SimulationClock clock, List<HolidayTable> years) {
    GovernanceEngine.Builder builder = GovernanceEngine.builder().clock(clock);
    if (rules != null) {
      builder.rules(rules);
    }
    try {
      years.forEach(builder::officialYears);
    } catch (IllegalArgumentException e) {
      throw CommandLineProblem.of("arg.holidays", Refused.textOf(e));
    }
    return builder.build();
  }

  /**
   * A date option's value, or its default when it is not given.
   *
   * @param value the value as given, or null
   * @param option the option's name, for the message
   * @param absent the default
   * @return the date
   */
  static LocalDate date(String value, String option, LocalDate absent) {
    if (value == null) {
      return absent;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw CommandLineProblem.of("simulate.date", option, value);
    }
  }

  /**
   * Refuses a period that ends before it starts, is longer than {@link YearSimulation#MAX_YEARS}
   * years, or falls outside the years the working calendar counts.
   *
   * @param first the first day
   * @param last the last day
   */
  static void checkPeriod(LocalDate first, LocalDate last) {
    if (last.isBefore(first)) {
      throw CommandLineProblem.of("simulate.periodOrder", first.toString(), last.toString());
    }
    if (last.isAfter(first.plusYears(YearSimulation.MAX_YEARS).minusDays(1))) {
      throw CommandLineProblem.of(
          "simulate.periodTooLong",
          Integer.toString(YearSimulation.MAX_YEARS),
          first.toString(),
          last.toString());
    }
    if (first.getYear() < FIRST_YEAR || last.getYear() > LAST_YEAR) {
      throw CommandLineProblem.of(
          "simulate.periodYears",
          Integer.toString(FIRST_YEAR),
          Integer.toString(LAST_YEAR),
          first.toString(),
          last.toString());
    }
  }

  /**
   * Whether a run shows a progress bar.
   *
   * @param when auto, always or never
   * @param volume the demands of the run
   * @param console whether the command runs in a console
   * @return true for always, and for auto when the run is large or in a console
   */
  static boolean showsProgress(String when, int volume, boolean console) {
    return switch (when) {
      case "always" -> true;
      case "never" -> false;
      default -> volume > LARGE_VOLUME || console;
    };
  }

  /**
   * Runs the year with a bar on the error stream, redrawn in place, day by day: in colour and
   * Unicode blocks in a console, in plain ASCII and less often otherwise, as into a log file.
   */
  private SimulationResult withProgressBar(YearSimulation year, PrintWriter err, boolean console) {
    ProgressBarBuilder builder =
        new ProgressBarBuilder()
            .setTaskName(Texts.in(GridGovCommand.locale(spec)).get("simulate.progressTask", volume))
            .setUnit(Texts.in(GridGovCommand.locale(spec)).get("simulate.progressUnit"), 1)
            .setInitialMax(-1)
            .setStyle(console ? ProgressBarStyle.COLORFUL_UNICODE_BLOCK : ProgressBarStyle.ASCII)
            .setUpdateIntervalMillis(console ? 250 : 1000)
            .setConsumer(
                new DelegatingProgressBarConsumer(
                    line -> {
                      err.print('\r');
                      err.print(line);
                      err.flush();
                    },
                    BAR_WIDTH));
    try (ProgressBar bar = builder.build()) {
      return year.run(
          seed,
          (done, days) -> {
            bar.maxHint(days);
            bar.stepTo(done);
          });
    } finally {
      err.println();
      err.flush();
    }
  }
}
