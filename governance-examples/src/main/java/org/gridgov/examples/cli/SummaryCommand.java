package org.gridgov.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.gridgov.core.io.HierarchyJson;
import org.gridgov.examples.district.DistrictPopulation;
import org.gridgov.examples.district.PopulatedDistrict;
import org.gridgov.examples.summary.DistrictSummary;
import org.gridgov.examples.summary.PopulationSummary;
import org.gridgov.examples.text.Texts;
import picocli.CommandLine;
import picocli.CommandLine.Command;

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

  @CommandLine.Mixin private DistrictOptions districtOptions;

  @Override
  public Integer call() {
    districtOptions.check();
    HierarchyJson.Hierarchy hierarchy = districtOptions.hierarchy();
    PopulatedDistrict populated =
        DistrictPopulation.toReportFigures(hierarchy.territory(), districtOptions.seed());
    PrintWriter out = spec.commandLine().getOut();
    Texts texts = Texts.in(GridGovCommand.locale(spec));
    out.print(
        Terminal.printable(DistrictSummary.of(populated.snapshot().territory()).render(texts)));
    out.println();
    out.print(
        Terminal.printable(PopulationSummary.render(populated, districtOptions.seed(), texts)));
    if (!hierarchy.source().isEmpty()) {
      out.println();
      out.println(texts.get("summary.source", Terminal.printable(hierarchy.source())));
    }
    out.flush();
    return 0;
  }
}
