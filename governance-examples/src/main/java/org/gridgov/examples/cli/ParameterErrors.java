package org.gridgov.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import org.gridgov.examples.text.Texts;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A wrong command line (an unknown option or command, a missing or invalid value) told in Chinese:
 * what is wrong, the suggestions picocli has or else the command's usage, and the exit code picocli
 * gives a wrong command line. In English picocli's own handler speaks, as it always has.
 */
final class ParameterErrors implements CommandLine.IParameterExceptionHandler {

  private final Texts texts;
  private final CommandLine.IParameterExceptionHandler english;

  /**
   * Tells wrong command lines in a language.
   *
   * @param texts the language
   * @param english picocli's own handler, for English
   */
  ParameterErrors(Texts texts, CommandLine.IParameterExceptionHandler english) {
    this.texts = texts;
    this.english = english;
  }

  @Override
  public int handleParseException(ParameterException e, String[] args) throws Exception {
    if (!texts.chinese()) {
      return english.handleParseException(e, args);
    }
    CommandLine line = e.getCommandLine();
    PrintWriter err = line.getErr();
    err.println(Terminal.printable(message(e)));
    List<String> suggestions =
        e instanceof UnmatchedArgumentException u ? u.getSuggestions() : List.of();
    if (suggestions.isEmpty()) {
      line.usage(err);
    } else {
      err.println(
          texts.get("parameter.suggestions", String.join(texts.get("parameter.and"), suggestions)));
    }
    err.flush();
    CommandLine.IExitCodeExceptionMapper mapper = line.getExitCodeExceptionMapper();
    return mapper != null ? mapper.getExitCode(e) : line.getCommandSpec().exitCodeOnInvalidInput();
  }

  /** What is wrong with the command line, in Chinese. */
  String message(ParameterException e) {
    if (e instanceof UnmatchedArgumentException u) {
      String first = u.getUnmatched().isEmpty() ? "" : u.getUnmatched().get(0);
      String all = String.join(" ", u.getUnmatched());
      if (first.startsWith("-")) {
        return texts.get("parameter.unknownOption", all);
      }
      return u.getCommandLine().getSubcommands().isEmpty()
          ? texts.get("parameter.unmatched", all)
          : texts.get("parameter.unknownCommand", all);
    }
    if (e instanceof MissingParameterException m) {
      return texts.get(
          "parameter.missing",
          String.join(
              texts.get("parameter.and"),
              m.getMissing().stream().map(ParameterErrors::name).toList()));
    }
    ArgSpec arg = e.getArgSpec();
    if (arg != null && e.getValue() != null) {
      Iterable<String> candidates = arg.completionCandidates();
      if (candidates != null && candidates.iterator().hasNext()) {
        return texts.get(
            "parameter.invalidOneOf",
            name(arg),
            e.getValue(),
            String.join(texts.get("parameter.and"), candidates));
      }
      return texts.get("parameter.invalid", name(arg), e.getValue());
    }
    return texts.get("parameter.other", e.getMessage());
  }

  private static String name(ArgSpec arg) {
    if (arg instanceof OptionSpec o) {
      return o.longestName();
    }
    return arg instanceof PositionalParamSpec p ? p.paramLabel() : String.valueOf(arg);
  }
}
