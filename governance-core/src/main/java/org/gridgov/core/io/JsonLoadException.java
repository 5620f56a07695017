package org.gridgov.core.io;

import java.util.List;

/**
 * A JSON document could not be loaded. It carries every problem found, not only the first, each
 * with its JSON path; nothing of the document was loaded.
 */
public final class JsonLoadException extends Exception {

  private static final long serialVersionUID = 1L;

  /** The most problems the message lists; {@link #problems()} has them all. */
  private static final int LISTED = 50;

  private final String source;
  private final transient List<JsonProblem> problems;

  /**
   * Makes the exception.
   *
   * @param source the document's name, such as a file path
   * @param problems every problem found, at least one
   */
  public JsonLoadException(String source, List<JsonProblem> problems) {
    super(message(source, problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a load exception names at least one problem");
    }
    this.source = source;
    this.problems = List.copyOf(problems);
  }

  private static String message(String source, List<JsonProblem> problems) {
    StringBuilder sb = new StringBuilder(source).append(": ");
    sb.append(problems.size() == 1 ? "1 problem" : problems.size() + " problems");
    problems.stream()
        .limit(LISTED)
        .forEach(p -> sb.append(System.lineSeparator()).append("  ").append(p));
    if (problems.size() > LISTED) {
      sb.append(System.lineSeparator())
          .append("  ... and ")
          .append(problems.size() - LISTED)
          .append(" more");
    }
    return sb.toString();
  }

  /**
   * The document's name.
   *
   * @return such as a file path
   */
  public String source() {
    return source;
  }

  /**
   * Every problem found, in document order.
   *
   * @return at least one problem
   */
  public List<JsonProblem> problems() {
    return problems;
  }
}
