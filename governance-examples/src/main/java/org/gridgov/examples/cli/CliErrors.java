package org.gridgov.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import org.gridgov.core.calendar.CalendarRangeException;
import org.gridgov.core.io.JsonLoadException;
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

  @Override
  public int handleExecutionException(
      Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    err.println(Terminal.printable(message(e)));
    err.flush();
    return FAILED;
  }

  /**
   * The message for an exception: its own for the refusals that say what is wrong, and the kind of
   * failure with its reason for anything else.
   */
  static String message(Throwable e) {
    if (e instanceof CommandLineProblem
        || e instanceof JsonLoadException
        || e instanceof RuleLoadException
        || e instanceof CalendarRangeException
        || e instanceof UncheckedIOException) {
      return e.getMessage();
    }
    if (e instanceof FileSystemException f && f.getFile() != null) {
      return "cannot read or write "
          + f.getFile()
          + ": "
          + (f.getReason() == null ? f.getClass().getSimpleName() : f.getReason());
    }
    if (e instanceof IOException io) {
      return "cannot read or write a file: " + describe(io);
    }
    if (e instanceof OutOfMemoryError) {
      return "out of memory: the run needs more heap than this JVM has ("
          + Runtime.getRuntime().maxMemory() / (1024 * 1024)
          + " MiB); give it more with java -Xmx, or make the input smaller";
    }
    if (e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
      return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
    return "the command failed: " + describe(e);
  }

  private static String describe(Throwable e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }
}
