package org.gridgov.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.util.Locale;
import org.gridgov.core.calendar.CalendarRangeException;
import org.gridgov.core.common.Describable;
import org.gridgov.core.io.JsonLoadException;
import org.gridgov.examples.text.Texts;
import org.gridgov.rules.RuleLoadException;
import picocli.CommandLine;

/**
 * The one place where the command line turns an exception into a message: every command's exception
 * ends here, is printed as one or more lines on standard error, without a stack trace, and the
 * command exits with 1. A wrong command line (an unknown option, a value of the wrong type) is
 * picocli's, and exits with 2.
 */
final class CliErrors implements CommandLine.IExecutionExceptionHandler {

  /** The exit code of a command whose input is wrong or whose work failed. */
  static final int FAILED = 1;

  private final Locale locale;

  /**
   * Turns exceptions into messages in a language.
   *
   * @param locale the reader's language
   */
  CliErrors(Locale locale) {
    this.locale = locale;
  }

  @Override
  public int handleExecutionException(
      Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    err.println(Terminal.printable(message(e, locale)));
    err.flush();
    return FAILED;
  }

  /**
   * The message for an exception in a language: its own for the refusals that say what is wrong,
   * and the kind of failure with its reason for anything else.
   */
  static String message(Throwable e, Locale locale) {
    Texts texts = Texts.in(locale);
    if (e instanceof Describable d) {
      return d.describe(locale);
    }
    if (e instanceof CommandLineProblem
        || e instanceof JsonLoadException
        || e instanceof RuleLoadException
        || e instanceof CalendarRangeException
        || e instanceof UncheckedIOException) {
      return e.getMessage();
    }
    if (e instanceof FileSystemException f && f.getFile() != null) {
      return texts.get(
          "error.file",
          f.getFile(),
          f.getReason() == null ? f.getClass().getSimpleName() : f.getReason());
    }
    if (e instanceof IOException io) {
      return texts.get("error.io", describe(io));
    }
    if (e instanceof OutOfMemoryError) {
      return texts.get(
          "error.memory", Long.toString(Runtime.getRuntime().maxMemory() / (1024 * 1024)));
    }
    if (e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
      return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
    return texts.get("error.failed", describe(e));
  }

  private static String describe(Throwable e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }
}
