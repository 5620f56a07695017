package org.gridgov.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gridgov.core.io.AtomicFiles;
import org.gridgov.examples.text.Texts;
import org.gridgov.rules.GovernanceEngine;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Writes the default rule files out of the library's jar into a folder to start from. */
@Command(
    name = "export-rules",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the default rule files (tables and DRL) out of the library into DIR, under their"
          + " concern's folder (routing/, escalation/, evaluation/), to edit and load with"
          + " GovernanceEngine.builder().rules(DIR) or check with check-rules.",
      "A file kept with its name replaces the default of that name; delete the files you do not"
          + " change. Refuses to overwrite a file that is already there.",
      "Exit code 0 when the files are written, 1 when DIR already holds one of them."
    })
final class ExportRulesCommand implements Callable<Integer> {

  private static final String ROOT = "org/gridgov/rules/";

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "the folder to write into; made if missing")
  private Path folder;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Arguments.outputFolder(folder, "DIR", List.of());
    Texts texts = Texts.in(GridGovCommand.locale(spec));
    Map<String, Path> targets = new LinkedHashMap<>();
    for (String resource : GovernanceEngine.defaultRuleFiles()) {
      String relative = resource.startsWith(ROOT) ? resource.substring(ROOT.length()) : resource;
      targets.put(resource, folder.resolve(relative));
    }
    List<Path> there = new ArrayList<>();
    for (Path p : targets.values()) {
      if (Files.exists(p)) {
        there.add(p);
      }
    }
    if (!there.isEmpty()) {
      err.println(texts.get("export.taken", folder, there));
      return 1;
    }
    for (Map.Entry<String, Path> t : targets.entrySet()) {
      try (InputStream in =
          GovernanceEngine.class.getClassLoader().getResourceAsStream(t.getKey())) {
        if (in == null) {
          err.println(texts.get("export.missing", t.getKey()));
          return 1;
        }
        Files.createDirectories(t.getValue().getParent());
        byte[] bytes = in.readAllBytes();
        AtomicFiles.write(t.getValue(), o -> o.write(bytes));
      }
      out.println(texts.get("export.wrote", t.getValue()));
    }
    return 0;
  }
}
