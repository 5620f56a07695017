package org.gridgov.rules;

import java.util.Locale;
import java.util.Objects;
import org.gridgov.core.common.Describable;
import org.gridgov.core.common.Message;
import org.gridgov.core.common.Messages;

/**
 * One problem in a rule file: which file, which line, what is wrong, as a {@link Message} that can
 * be read in English or Chinese. The compiler's own words are not translated: they read the same in
 * every language, inside a frame in the reader's language.
 *
 * @param file the file, as a path relative to the rule folder or the class path
 * @param line the line in the file, from 1, or 0 when the compiler does not know it; for a decision
 *     table, the row of the table (its line, in a CSV table; its row number on the first sheet, in
 *     a spreadsheet, whose messages name the sheet)
 * @param text what the compiler said, in words about the file's own rules and cells, or which use
 *     the rule allow-list, or which column header, quote or rule attribute the engine refuses
 */
public record RuleProblem(String file, int line, Message text) implements Describable {

  /**
   * The bundle of governance-rules' messages, English and Chinese, that problems are written in.
   */
  public static final String MESSAGES = "org.gridgov.rules.messages";

  /** Checks the fields. */
  public RuleProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(text, "text");
    line = Math.max(line, 0);
    if (text.verbatim()) {
      text = Message.text(oneLine(text.key()));
    }
  }

  /**
   * A problem whose message reads the same in every language, kept on one line.
   *
   * @param file the file
   * @param line the line, or 0 when not known
   * @param message what is wrong
   */
  public RuleProblem(String file, int line, String message) {
    this(file, line, Message.text(Objects.requireNonNull(message, "message")));
  }

  /**
   * What is wrong, in English, on one line.
   *
   * @return the message
   */
  public String message() {
    return oneLine(text.render(Locale.ENGLISH));
  }

  @Override
  public String describe(Locale locale) {
    String what = oneLine(text.render(locale));
    return line > 0
        ? Messages.of(MESSAGES).format(locale, "rule.problem.line", file, line, what)
        : Messages.of(MESSAGES).format(locale, "rule.problem", file, what);
  }

  private static String oneLine(String message) {
    return message.strip().replaceAll("\\s*\\R\\s*", " ");
  }

  @Override
  public String toString() {
    return describe(Locale.ENGLISH);
  }
}
