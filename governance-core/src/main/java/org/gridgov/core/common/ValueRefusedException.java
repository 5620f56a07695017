package org.gridgov.core.common;

import java.util.Locale;
import java.util.Objects;

/**
 * A value the domain refuses, with what is wrong in the reader's language: thrown by {@link Checks}
 * and by the compact constructors and factories of the records. It is an {@link
 * IllegalArgumentException} whose message is the English text, so that a caller that catches the
 * one or reads the other is served as before.
 */
public final class ValueRefusedException extends IllegalArgumentException implements Refused {

  private static final long serialVersionUID = 1L;

  private final transient Message text;

  /**
   * Makes the refusal.
   *
   * @param text what is wrong, with the offending value among its arguments
   */
  public ValueRefusedException(Message text) {
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
  public static ValueRefusedException of(String key, Object... arguments) {
    return new ValueRefusedException(Message.of(Messages.CORE, key, written(arguments)));
  }

  /**
   * What is wrong; after deserialisation, the English text.
   *
   * @return the message
   */
  @Override
  public Message text() {
    return text == null ? Message.text(getMessage()) : text;
  }

  /**
   * Arguments as a refusal shows them: a number as Java writes it (without the grouping a message
   * pattern would add), null as {@code null}, anything else as it is.
   */
  static Object[] written(Object... arguments) {
    Object[] written = new Object[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      Object a = arguments[i];
      written[i] = a == null || a instanceof Number ? String.valueOf(a) : a;
    }
    return written;
  }
}
