package org.gridgov.core.common;

import java.util.Locale;
import java.util.Objects;

/**
 * A step a lifecycle refuses to take from where it is, such as linking an item to a project that is
 * done, with why in the reader's language. It is an {@link IllegalStateException} whose message is
 * the English text, so that a caller that catches the one or reads the other is served as before.
 */
public final class StepRefusedException extends IllegalStateException implements Refused {

  private static final long serialVersionUID = 1L;

  private final transient Message text;

  /**
   * Makes the refusal.
   *
   * @param text why the step is refused
   */
  public StepRefusedException(Message text) {
    super(Objects.requireNonNull(text, "text").render(Locale.ENGLISH));
    this.text = text;
  }

  /**
   * A refusal of governance-core's bundle.
   *
   * @param key the key of the pattern in {@link Messages#CORE}
   * @param arguments its arguments; a number is shown as Java writes it, without grouping, as the
   *     English text always showed it, and null as {@code null}
   * @return the refusal
   */
  public static StepRefusedException of(String key, Object... arguments) {
    return new StepRefusedException(
        Message.of(Messages.CORE, key, ValueRefusedException.written(arguments)));
  }

  /**
   * Why the step is refused; after deserialisation, the English text.
   *
   * @return the message
   */
  @Override
  public Message text() {
    return text == null ? Message.text(getMessage()) : text;
  }
}
