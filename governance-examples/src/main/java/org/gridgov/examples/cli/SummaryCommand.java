package org.gridgov.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gridgov.core.io.HierarchyJson;
import org.gridgov.core.territory.Territory;
import org.gridgov.examples.district.DistrictPopulation;
import org.gridgov.examples.district.PopulatedDistrict;
import org.gridgov.examples.summary.DistrictSummary;
import org.gridgov.examples.summary.PopulationSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Prints the make-up of a district: streets, towns, communities and villages. */
@Command(
    name = "summary",
    mixinStandardHelpOptions = true,
    description = {
      "Loads a district hierarchy file (default: Jin'an) and prints its make-up, then populates"
          + " it to the source report's figures, scaled to its size, and prints what it holds."
    })
final class SummaryCommand implements Callable<Integer> {

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--district",
      paramLabel = "FILE",
      description = "a district hierarchy file in the shape of the shipped Jin'an file")
  private Path district;

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "2024",
      description = "the seed the district is populated with (default: ${DEFAULT-VALUE})")
  private long seed;

  @Override
  public Integer call() {
    HierarchyJson reader = new HierarchyJson();
    if (district != null) {
      Arguments.inputFile(district, "--district");
    }
    HierarchyJson.Hierarchy hierarchy =
        district == null ? reader.readJinan() : reader.read(district);
    Territory territory = hierarchy.territory();
    PopulatedDistrict populated = DistrictPopulation.toReportFigures(territory, seed);
    PrintWriter out = spec.commandLine().getOut();
    out.print(Terminal.printable(DistrictSummary.of(populated.snapshot().territory()).render()));
    out.println();
    out.print(Terminal.printable(PopulationSummary.render(populated, seed)));
    if (!hierarchy.source().isEmpty()) {
      out.println();
      out.println("source: " + Terminal.printable(hierarchy.source()));
    }
    out.flush();
    return 0;
  }
}
