package org.gridgov.examples.privacy;

import java.util.Arrays;
import org.gridgov.examples.cli.GridGovCommand;

/**
 * Runs the commands whose output {@link PersonalDataLeakTest} scans, one after the other in one
 * JVM, with the standard output and error streams and the logging of the command line: {@code
 * summary}, {@code simulate} into a folder, {@code route} of a good order and of a bad one.
 */
final class CommandLineRun {

  private CommandLineRun() {}

  /**
   * Runs the commands.
   *
   * @param args the simulation's output folder, the order to route, the bad order to route
   */
  public static void main(String[] args) {
    int[] codes = {
      GridGovCommand.run("summary"),
      GridGovCommand.run(
          "simulate",
          "--volume",
          String.valueOf(PersonalDataLeakTest.VOLUME),
          "--seed",
          String.valueOf(PersonalDataLeakTest.SEED),
          "--out",
          args[0]),
      GridGovCommand.run("route", args[1]),
      GridGovCommand.run("route", args[2])
    };
    System.out.println("exit codes " + Arrays.toString(codes));
  }
}
