package org.gridgov.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gridgov.core.io.HierarchyJson;
import org.gridgov.core.io.JsonLoadException;
import org.gridgov.core.territory.Territory;
import org.gridgov.examples.district.DistrictPopulation;
import org.gridgov.examples.district.PopulatedDistrict;
import org.gridgov.examples.simulation.SimulationReport;
import org.gridgov.examples.simulation.SimulationResult;
import org.gridgov.examples.simulation.YearSimulation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Simulates one year of a district on the default rules and writes its report. */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description = {
      "Populates a district (default: Jin'an) to the source report's figures and simulates one"
          + " year on the default rules: demands raised through the channels, routed, accepted,"
          + " escalated, resolved, rated and reconciled. Prints the summary and writes"
          + " report.json and a self-contained report.html into the output folder."
    })
final class SimulateCommand implements Callable<Integer> {

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
      description = "the demands raised in the year (default: ${DEFAULT-VALUE}, the report's)")
  private int volume;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "gridgov-report",
      description = "the folder the report is written to (default: ${DEFAULT-VALUE})")
  private Path out;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (volume < 1) {
      err.println("--volume is the number of demands in the year, 1 or more; got " + volume);
      return 1;
    }
    if (district != null && !Files.isRegularFile(district)) {
      err.println("no such file: " + district + " (check --district)");
      return 1;
    }
    try {
      Territory territory =
          district == null
              ? new HierarchyJson().readJinan().territory()
              : new HierarchyJson().read(district).territory();
      PopulatedDistrict populated = DistrictPopulation.toReportFigures(territory, seed);
      SimulationResult result =
          YearSimulation.withDefaultRules(populated).withVolume(volume).run(seed);
      SimulationReport report =
          new SimulationReport(populated.snapshot().territory(), result, seed);
      stdout.print(report.summary());
      Path json = report.writeJson(out);
      Path html = report.writeHtml(out);
      stdout.println();
      stdout.println("report: " + json);
      stdout.println("html report: " + html);
      return 0;
    } catch (JsonLoadException e) {
      err.println(e.getMessage());
      return 1;
    }
  }
}
