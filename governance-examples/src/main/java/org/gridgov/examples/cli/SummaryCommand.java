package org.gridgov.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gridgov.core.io.HierarchyJson;
import org.gridgov.core.io.JsonLoadException;
import org.gridgov.examples.summary.DistrictSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Prints the make-up of a district: streets, towns, communities and villages. */
@Command(
    name = "summary",
    mixinStandardHelpOptions = true,
    description = "Loads a district hierarchy file and prints its summary (default: Jin'an).")
final class SummaryCommand implements Callable<Integer> {

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--district",
      paramLabel = "FILE",
      description = "a district hierarchy file in the shape of the shipped Jin'an file")
  private Path district;

  @Override
  public Integer call() {
    HierarchyJson reader = new HierarchyJson();
    HierarchyJson.Hierarchy hierarchy;
    if (district == null) {
      hierarchy = reader.readJinan();
    } else {
      if (!Files.isRegularFile(district)) {
        spec.commandLine().getErr().println("no such file: " + district + " (check --district)");
        return 1;
      }
      try {
        hierarchy = reader.read(district);
      } catch (JsonLoadException e) {
        spec.commandLine().getErr().println(e.getMessage());
        return 1;
      }
    }
    spec.commandLine().getOut().print(DistrictSummary.of(hierarchy.territory()).render());
    if (!hierarchy.source().isEmpty()) {
      spec.commandLine().getOut().println();
      spec.commandLine().getOut().println("source: " + hierarchy.source());
    }
    spec.commandLine().getOut().flush();
    return 0;
  }
}
