package org.gridgov.rules;

import java.util.Objects;

/**
 * One problem in a rule file: which file, which line, what is wrong.
 *
 * @param file the file, as a path relative to the rule folder or the class path
 * @param line the line in the file, from 1, or 0 when the compiler does not know it; for a decision
 *     table, the line of the rule generated from the table (the message names the rule, which names
 *     the table's row)
 * @param message what the compiler said, or which use the rule allow-list refuses
 */
public record RuleProblem(String file, int line, String message) {

  /** Checks the fields and keeps the message on one line. */
  public RuleProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
    line = Math.max(line, 0);
    message = message.strip().replaceAll("\\s*\\R\\s*", " ");
  }

  @Override
  public String toString() {
    return file + (line > 0 ? ":" + line : "") + ": " + message;
  }
}
