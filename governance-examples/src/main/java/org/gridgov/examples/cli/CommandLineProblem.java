package org.gridgov.examples.cli;

/**
 * A refusal of a command's arguments or inputs, found before any work starts: {@link CliErrors}
 * prints its message alone and the command exits with 1.
 */
final class CommandLineProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Makes a refusal.
   *
   * @param message what is wrong and what to do, in the user's words
   */
  CommandLineProblem(String message) {
    super(message, null, false, false);
  }
}
