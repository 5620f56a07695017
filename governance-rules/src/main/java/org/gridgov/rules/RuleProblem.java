package org.gridgov.rules;

import java.util.Objects;

/**
 * One problem in a rule file: which file, which line, what is wrong.
 *
 * @param file the file, as a path relative to the rule folder or the class path
 * @param line the line in the file, from 1, or 0 when the compiler does not know it; for a decision
 *     table, the row of the table (its line, in a CSV table; its row number on the first sheet, in
 *     a spreadsheet, whose messages name the sheet)
 * @param message what the compiler said, in words about the file's own rules and cells, or which
 *     use the rule allow-list, or which column header, quote or rule attribute the engine refuses
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
