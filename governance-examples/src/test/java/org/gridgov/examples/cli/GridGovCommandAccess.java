package org.gridgov.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line from tests of other packages, with its output kept quiet. */
public final class GridGovCommandAccess {

  private GridGovCommandAccess() {}

  /**
   * Runs the command line.
   *
   * @param args the arguments
   * @return the exit code
   */
  public static int run(String... args) {
    return GridGovCommand.run(
        new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true), args);
  }
}
