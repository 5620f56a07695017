package org.gridgov.examples.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.ResourceBundle;
import org.gridgov.examples.text.Texts;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code gridgov} command line: {@code java -jar gridgov.jar COMMAND}. Each command has {@code
 * --help}; the exit code is 0 on success, 1 when the input is wrong (with a message that says what
 * to fix) and 2 for a wrong command line.
 */
@Command(
    name = "gridgov",
    mixinStandardHelpOptions = true,
    versionProvider = GridGovCommand.Version.class,
    description = "Party-building-led grid governance: districts, grids, lists and work orders.",
    subcommands = {
      SummaryCommand.class,
      CheckRulesCommand.class,
      RouteCommand.class,
      SimulateCommand.class,
      CalendarCommand.class,
      ExportRulesCommand.class,
      DistrictCommand.class,
      SweepCommand.class,
      JournalCommand.class,
      CommandLine.HelpCommand.class
    })
public final class GridGovCommand implements Runnable {

  /** The bundle of the command line's help in Chinese; the English help is the annotations'. */
  static final String HELP = "org.gridgov.examples.cli.help";

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--lang",
      paramLabel = "zh|en",
      scope = CommandLine.ScopeType.INHERIT,
      description =
          "the language of the output and the help: zh (Simplified Chinese) or en (default: zh"
              + " when the system's locale is Chinese, else en)")
  private Lang lang;

  /** The language of the run, read from the command line before picocli parses it. */
  private Locale locale = Locale.ENGLISH;

  /** Makes the command; picocli calls this. */
  public GridGovCommand() {}

  /**
   * Runs the command line and exits with its exit code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /**
   * Runs the command line without exiting, for tests and hosts.
   *
   * @param args the arguments
   * @return the exit code
   */
  public static int run(String... args) {
    return execute(new CommandLine(new GridGovCommand()), args);
  }

  /**
   * The language a command of this command line speaks.
   *
   * @param spec the command's spec
   * @return the locale chosen with {@code --lang} or from the system's locale
   */
  static Locale locale(CommandLine.Model.CommandSpec spec) {
    return spec.root().userObject() instanceof GridGovCommand root ? root.locale : Locale.ENGLISH;
  }

  /**
   * Runs the command line with the given output and error streams, without exiting.
   *
   * @param out where results go
   * @param err where errors go
   * @param args the arguments
   * @return the exit code
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return execute(new CommandLine(new GridGovCommand()).setOut(out).setErr(err), args);
  }

  /**
   * Runs a command line with every failure turned into a message by {@link CliErrors}; running out
   * of memory, which picocli lets through, too.
   */
  private static int execute(CommandLine commandLine, String... args) {
    Locale locale = Lang.of(args, Locale.getDefault()).locale();
    ((GridGovCommand) commandLine.getCommand()).locale = locale;
    if (Texts.in(locale).chinese()) {
      commandLine.setResourceBundle(
          ResourceBundle.getBundle(
              HELP,
              locale,
              GridGovCommand.class.getClassLoader(),
              ResourceBundle.Control.getNoFallbackControl(
                  ResourceBundle.Control.FORMAT_PROPERTIES)));
    }
    commandLine.setExecutionExceptionHandler(new CliErrors(locale));
    commandLine.setParameterExceptionHandler(
        new ParameterErrors(Texts.in(locale), commandLine.getParameterExceptionHandler()));
    // A date of a negative year starts with '-': calendar reads it as a date, not as an option.
    commandLine.getSubcommands().get("calendar").setUnmatchedOptionsArePositionalParams(true);
    try {
      return commandLine.execute(args);
    } catch (OutOfMemoryError e) {
      PrintWriter err = commandLine.getErr();
      err.println(CliErrors.message(e, locale));
      err.flush();
      return CliErrors.FAILED;
    }
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Reports the version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = GridGovCommand.class.getPackage().getImplementationVersion();
      return new String[] {"gridgov " + (v == null ? "(development build)" : v)};
    }
  }
}
