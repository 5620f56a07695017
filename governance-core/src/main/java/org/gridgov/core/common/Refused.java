package org.gridgov.core.common;

import java.util.Locale;

/**
 * A refusal of the domain that can be read in the reader's language: a value a record does not
 * accept ({@link ValueRefusedException}) or a step a lifecycle does not take from where it is
 * ({@link StepRefusedException}). Its English text is the exception's message; its {@link #text()}
 * keeps the key and the arguments, so that a loader or a command line can show it in Chinese.
 */
public sealed interface Refused extends Describable
    permits ValueRefusedException, StepRefusedException {

  /**
   * What was refused and why, as a message of a bundle with its arguments.
   *
   * @return the message
   */
  Message text();

  @Override
  default String describe(Locale locale) {
    return text().render(locale);
  }

  /**
   * The message of a refusal: its own when it is {@code Refused}, else its English text as a
   * message that reads the same in every language.
   *
   * @param e any refusal, such as an {@link IllegalArgumentException} of a constructor
   * @return the message
   */
  static Message textOf(RuntimeException e) {
    if (e instanceof Refused r) {
      return r.text();
    }
    String message = e.getMessage();
    return Message.text(message == null ? e.getClass().getSimpleName() : message);
  }
}
