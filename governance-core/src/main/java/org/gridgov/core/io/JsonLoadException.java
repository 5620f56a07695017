package org.gridgov.core.io;

import java.util.List;
import java.util.Locale;
import org.gridgov.core.common.Describable;
import org.gridgov.core.common.Messages;

/**
 * A JSON document could not be loaded. It carries every problem found, not only the first, each
 * with its JSON path and, where known, its line; nothing of the document was loaded and nothing
 * that existed before the load was changed.
 *
 * <p>The message names the source and lists the problems: {@code "district.json: $.streets[2].code
 * (line 9): a street code has 9 digits, got \"35011100\""}, or one problem per line after {@code
 * "district.json: 3 problems"}.
 */
public final class JsonLoadException extends RuntimeException implements Describable {

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
    return message(source, problems, Locale.ENGLISH);
  }

  private static String message(String source, List<JsonProblem> problems, Locale locale) {
    Messages messages = Messages.of(Messages.CORE);
    if (problems.size() == 1) {
      return messages.format(locale, "json.load.one", source, problems.get(0).describe(locale));
    }
    StringBuilder sb =
        new StringBuilder(messages.format(locale, "json.load.many", source, problems.size()));
    problems.stream()
        .limit(LISTED)
        .forEach(p -> sb.append(System.lineSeparator()).append("  ").append(p.describe(locale)));
    if (problems.size() > LISTED) {
      sb.append(System.lineSeparator())
          .append("  ")
          .append(messages.format(locale, "json.load.more", problems.size() - LISTED));
    }
    return sb.toString();
  }

  /**
   * The message in a language: the source and its problems, each with its path and line.
   *
   * @param locale the reader's language
   * @return the text
   */
  @Override
  public String describe(Locale locale) {
    return message(source, problems, locale);
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
