package org.gridgov.core.io;

import java.util.Locale;
import java.util.Objects;
import org.gridgov.core.common.Describable;
import org.gridgov.core.common.Message;
import org.gridgov.core.common.Messages;

/**
 * One thing wrong with a JSON document: where it is and what is wrong, as a {@link Message} that
 * can be read in English or Chinese.
 *
 * @param path where, as a JSON path such as {@code $.streets[2].communities[0].code} or {@code
 *     $.holidays['2024-13-01']}, or {@code $} for the whole document
 * @param line the line in the document, from 1, or 0 when not known
 * @param column the column in the line, from 1, or 0 when not known
 * @param text what is wrong, in the domain's words, with the offending value
 */
public record JsonProblem(String path, int line, int column, Message text) implements Describable {

  /** Checks the fields. */
  public JsonProblem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(text, "text");
    line = Math.max(line, 0);
    column = line == 0 ? 0 : Math.max(column, 0);
  }

  /**
   * A problem whose message reads the same in every language.
   *
   * @param path where
   * @param line the line, or 0 when not known
   * @param column the column, or 0 when not known
   * @param message what is wrong
   */
  public JsonProblem(String path, int line, int column, String message) {
    this(path, line, column, Message.text(Objects.requireNonNull(message, "message")));
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

  /**
   * What is wrong, in English.
   *
   * @return the message
   */
  public String message() {
    return text.render(Locale.ENGLISH);
  }

  @Override
  public String describe(Locale locale) {
    Messages messages = Messages.of(Messages.CORE);
    String what = text.render(locale);
    if (line == 0) {
      return messages.format(locale, "json.problem", path, what);
    }
    return column == 0
        ? messages.format(locale, "json.problem.line", path, line, what)
        : messages.format(locale, "json.problem.lineColumn", path, line, column, what);
  }

  @Override
  public String toString() {
    return describe(Locale.ENGLISH);
  }
}
