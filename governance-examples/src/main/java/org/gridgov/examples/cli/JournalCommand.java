package org.gridgov.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gridgov.core.io.JournalContents;
import org.gridgov.core.io.WorkOrderJournal;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.core.workorder.WorkOrderStatus;
import org.gridgov.examples.text.Texts;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * Reads a work-order journal as an operator checks it: without its lock, so that a host may be
 * appending to it meanwhile, and without changing a byte of it.
 */
@Command(
    name = "journal",
    mixinStandardHelpOptions = true,
    description = {
      "Reads a work-order journal without taking its lock and without changing it, as an operator"
          + " checks one after a crash or before a restore: its records, its work orders by"
          + " status, and a torn last record if there is one (the trace of a crash, which the next"
          + " writer cuts away). A damaged journal is reported with its file, line, byte offset and"
          + " record.",
      "Exit code 0 when the journal reads whole, a torn last record included; 1 when it is"
          + " damaged or cannot be read."
    })
final class JournalCommand implements Callable<Integer> {

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "the journal, such as orders.journal")
  private Path file;

  @Override
  public Integer call() {
    Arguments.inputFile(file, "FILE");
    JournalContents contents = WorkOrderJournal.read(file);
    Texts texts = Texts.in(GridGovCommand.locale(spec));
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        Terminal.printable(
            texts.get("journal.read", file, contents.records().size(), contents.orders().size())));
    Map<WorkOrderStatus, Integer> byStatus = new EnumMap<>(WorkOrderStatus.class);
    for (WorkOrder o : contents.orders()) {
      byStatus.merge(o.status(), 1, Integer::sum);
    }
    byStatus.forEach(
        (status, count) -> out.println(texts.get("journal.status", texts.name(status), count)));
    contents
        .tornTail()
        .ifPresent(
            t ->
                out.println(
                    Terminal.printable(texts.get("journal.torn", t.describe(texts.locale())))));
    return 0;
  }
}
