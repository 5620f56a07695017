package org.gridgov.examples.cli;

import java.util.Locale;
import org.gridgov.core.common.Describable;
import org.gridgov.core.common.Message;
import org.gridgov.examples.text.Texts;

/**
 * A refusal of a command's arguments or inputs, found before any work starts: {@link CliErrors}
 * prints its message alone, in the reader's language, and the command exits with 1.
 */
final class CommandLineProblem extends RuntimeException implements Describable {

  private static final long serialVersionUID = 1L;

  /** What is wrong; not serialized, as the English message is. */
  private final transient Message text;

  /** Another refusal whose words this one repeats; not serialized, as the English message is. */
  private final transient Describable refusal;

  /**
   * Makes a refusal whose words are not the command line's own, such as a loader's message.
   *
   * @param message what is wrong and what to do, in the user's words
   */
  CommandLineProblem(String message) {
    this(Message.text(message));
  }

  /**
   * Makes a refusal from a text of the examples' bundle.
   *
   * @param key the key
   * @param arguments its arguments
   * @return the refusal
   */
  static CommandLineProblem of(String key, Object... arguments) {
    return new CommandLineProblem(Texts.message(key, arguments));
  }

  /**
   * Makes a refusal that says what another refusal says, in the reader's language.
   *
   * @param refusal the refusal, such as a load exception
   */
  CommandLineProblem(Describable refusal) {
    super(refusal.describe(Locale.ENGLISH), null, false, false);
    this.text = null;
    this.refusal = refusal;
  }

  private CommandLineProblem(Message text) {
    super(text.render(Locale.ENGLISH), null, false, false);
    this.text = text;
    this.refusal = null;
  }

  @Override
  public String describe(Locale locale) {
    if (refusal != null) {
      return refusal.describe(locale);
    }
    return text == null ? getMessage() : text.render(locale);
  }
}
