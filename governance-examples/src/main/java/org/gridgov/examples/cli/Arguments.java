package org.gridgov.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

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
      throw new CommandLineProblem(option + " is empty: name a file");
    }
    if (Files.isDirectory(file)) {
      throw new CommandLineProblem(file + " is a folder, not a file (check " + option + ")");
    }
    if (!Files.exists(file)) {
      throw new CommandLineProblem("no such file: " + file + " (check " + option + ")");
    }
    if (!Files.isRegularFile(file)) {
      throw new CommandLineProblem(
          file + " is not a regular file (a device, pipe or socket) (check " + option + ")");
    }
  }

  /**
   * Checks that an input folder exists.
   *
   * @param folder the folder given
   * @param option the option or parameter that gave it, such as {@code "--rules"}
   */
  static void inputFolder(Path folder, String option) {
    if (folder.toString().isBlank()) {
      throw new CommandLineProblem(option + " is empty: name a folder");
    }
    if (!Files.exists(folder)) {
      throw new CommandLineProblem("no such folder: " + folder + " (check " + option + ")");
    }
    if (!Files.isDirectory(folder)) {
      throw new CommandLineProblem(folder + " is a file, not a folder (check " + option + ")");
    }
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
      throw new CommandLineProblem(option + " is empty: name the folder to write into");
    }
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw new CommandLineProblem(folder + " is a file, not a folder (check " + option + ")");
    }
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new CommandLineProblem(
          "cannot make the folder " + folder + " (check " + option + "): " + reason(e));
    }
    for (String name : files) {
      Path file = folder.resolve(name);
      if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
        throw new CommandLineProblem(
            file + " is a folder, so " + name + " cannot be written there (check " + option + ")");
      }
    }
    try {
      Files.delete(Files.createTempFile(folder, ".gridgov-check", ".tmp"));
    } catch (IOException e) {
      throw new CommandLineProblem(
          "cannot write into " + folder + " (check " + option + "): " + reason(e));
    }
  }

  private static String reason(IOException e) {
    return e instanceof java.nio.file.FileSystemException f && f.getReason() != null
        ? f.getReason()
        : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
  }
}
