package org.gridgov.core.io;

import java.util.Objects;

/**
 * One thing wrong with a JSON document: where it is and what is wrong.
 *
 * @param path where, as a JSON path such as {@code $.streets[2].communities[0].code} or {@code
 *     $.holidays['2024-13-01']}, or {@code $} for the whole document
 * @param line the line in the document, from 1, or 0 when not known
 * @param column the column in the line, from 1, or 0 when not known
 * @param message what is wrong, in the domain's words, with the offending value
 */
public record JsonProblem(String path, int line, int column, String message) {

  /** Checks the fields. */
  public JsonProblem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    line = Math.max(line, 0);
    column = line == 0 ? 0 : Math.max(column, 0);
  }

  /**
   * A problem whose line is known but not its column.
   *
   * @param path where
   * @param line the line, or 0 when not known
   * @param message what is wrong
   */
  public JsonProblem(String path, int line, String message) {
    this(path, line, 0, message);
  }

  @Override
  public String toString() {
    String where =
        line == 0
            ? ""
            : column == 0 ? " (line " + line + ")" : " (line " + line + ", column " + column + ")";
    return path + where + ": " + message;
  }
}
