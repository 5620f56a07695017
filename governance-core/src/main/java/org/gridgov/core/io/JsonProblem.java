package org.gridgov.core.io;

import java.util.Objects;

/**
 * One thing wrong with a JSON document: where it is and what is wrong.
 *
 * @param path where, as a JSON path such as {@code $.streets[2].communities[0].code}, or {@code $}
 *     for the whole document
 * @param line the line in the document, or 0 when not known
 * @param message what is wrong, in the domain's words, with the offending value
 */
public record JsonProblem(String path, int line, String message) {

  /** Checks the fields. */
  public JsonProblem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return path + (line > 0 ? " (line " + line + ")" : "") + ": " + message;
  }
}
