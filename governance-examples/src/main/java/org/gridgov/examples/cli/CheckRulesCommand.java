package org.gridgov.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.gridgov.examples.text.Texts;
import org.gridgov.rules.GovernanceEngine;
import org.gridgov.rules.RuleProblem;
import org.gridgov.rules.RuleReview;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Compiles an integrator's rule folder against the default rules and lists every problem. */
@Command(
    name = "check-rules",
    mixinStandardHelpOptions = true,
    description = {
      "Compiles a folder of rule files (*.drl, *.drl.csv, *.xlsx) against the default rules and"
          + " lists every problem with its file and line: what does not compile, and what"
          + " compiles but means nothing (a category code, urgency or enum value that does not"
          + " exist, a cell that leaves a $n unfilled, a row that can never match, a category"
          + " without a time limit at some urgency), with the values that would be valid.",
      "Notes say which default files and rules the folder replaces.",
      "Exit code 0 when the folder compiles, 1 when it has problems."
    })
final class CheckRulesCommand implements Callable<Integer> {

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "the integrator's rule folder")
  private Path folder;

  @Option(
      names = "--allow",
      paramLabel = "NAME",
      split = ",",
      description =
          "a package or class the rule files may use beyond the default allow-list, as the host"
              + " allows it with GovernanceEngine.builder().allow(...); repeatable")
  private List<String> allowed = new ArrayList<>();

  @Override
  public Integer call() {
    Arguments.ruleFolder(folder, "DIR");
    RuleReview review = GovernanceEngine.review(allowed, folder);
    Texts texts = Texts.in(GridGovCommand.locale(spec));
    review
        .notes()
        .forEach(
            n ->
                spec.commandLine()
                    .getOut()
                    .println(Terminal.printable(texts.get("check.note", n))));
    List<RuleProblem> problems = review.problems();
    if (problems.isEmpty()) {
      spec.commandLine().getOut().println(texts.get("check.compiles", folder));
      return 0;
    }
    spec.commandLine().getErr().println(texts.get("check.problems", folder, problems.size()));
    problems.forEach(
        p ->
            spec.commandLine()
                .getErr()
                .println(Terminal.printable("  " + p.describe(texts.locale()))));
    return 1;
  }
}
