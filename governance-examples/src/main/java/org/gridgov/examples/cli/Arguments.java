package org.gridgov.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Checks of a command's file arguments, made before any work starts, so that a run is never lost to
 * an argument that was wrong from the beginning. Each check throws a {@link CommandLineProblem}
 * naming the option and the value.
 */
final class Arguments {

  private Arguments() {}

  /**
   * Checks that an input file exists and is a regular file.
   *
   * @param file the file given
   * @param option the option or parameter that gave it, such as {@code "--district"}
   */
  static void inputFile(Path file, String option) {
    if (file.toString().isBlank()) {
      throw CommandLineProblem.of("arg.emptyFile", option);
    }
    if (Files.isDirectory(file)) {
      throw CommandLineProblem.of("arg.folderNotFile", file, option);
    }
    if (!Files.exists(file)) {
      throw CommandLineProblem.of("arg.noSuchFile", file, option);
    }
    if (!Files.isRegularFile(file)) {
      throw CommandLineProblem.of("arg.notRegular", file, option);
    }
  }

  /**
   * Checks that an input folder exists.
   *
   * @param folder the folder given
   * @param option the option or parameter that gave it, such as {@code "--rules"}
   */
  private static void inputFolder(Path folder, String option) {
    if (folder.toString().isBlank()) {
      throw CommandLineProblem.of("arg.emptyFolder", option);
    }
    if (!Files.exists(folder)) {
      throw CommandLineProblem.of("arg.noSuchFolder", folder, option);
    }
    if (!Files.isDirectory(folder)) {
      throw CommandLineProblem.of("arg.fileNotFolder", folder, option);
    }
  }

  /**
   * Checks that a rule folder exists and holds at least one rule file ({@code *.drl}, {@code
   * *.drl.csv}, {@code *.xlsx}, {@code *.xls}) or a table misnamed {@code *.csv}, which the engine
   * then reports by name. An engine may start on an empty folder that its host fills later; a
   * command given a folder on purpose refuses one without rules, since a mistyped path would
   * otherwise check nothing and run the defaults without a word.
   *
   * @param folder the folder given
   * @param option the option or parameter that gave it, such as {@code "--rules"}
   */
  static void ruleFolder(Path folder, String option) {
    inputFolder(folder, option);
    boolean any;
    try (Stream<Path> walk = Files.walk(folder)) {
      any = walk.anyMatch(Arguments::mayHoldRules);
    } catch (IOException | UncheckedIOException e) {
      return; // the engine reports a folder it cannot read, with the reason
    }
    if (!any) {
      throw CommandLineProblem.of("arg.noRuleFiles", folder, option);
    }
  }

  private static boolean mayHoldRules(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return (name.endsWith(".drl")
            || name.endsWith(".csv")
            || name.endsWith(".xlsx")
            || name.endsWith(".xls"))
        && Files.isRegularFile(file);
  }

  /**
   * Makes sure the output folder can take the files a command will write: creates it if needed,
   * checks that files can be made in it and that none of the files' names is taken by a folder.
   *
   * @param folder the folder given
   * @param option the option that gave it, such as {@code "--out"}
   * @param files the names of the files the command writes into it
   */
  static void outputFolder(Path folder, String option, List<String> files) {
    if (folder.toString().isBlank()) {
      throw CommandLineProblem.of("arg.emptyOut", option);
    }
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw CommandLineProblem.of("arg.fileNotFolder", folder, option);
    }
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw CommandLineProblem.of("arg.cannotMake", folder, option, reason(e));
    }
    for (String name : files) {
      Path file = folder.resolve(name);
      if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
        throw CommandLineProblem.of("arg.outIsFolder", file, name, option);
      }
    }
    try {
      Files.delete(Files.createTempFile(folder, ".gridgov-check", ".tmp"));
    } catch (IOException e) {
      throw CommandLineProblem.of("arg.cannotWrite", folder, option, reason(e));
    }
  }

  private static String reason(IOException e) {
    return e instanceof java.nio.file.FileSystemException f && f.getReason() != null
        ? f.getReason()
        : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
  }
}
