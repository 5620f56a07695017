package org.gridgov.core.common;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A text for a reader, kept as data so that it can be shown in the reader's language: the bundle
 * that holds its patterns, the key of its pattern there and the arguments the pattern is filled
 * with. {@link #text(String)} makes a message that reads the same in every language, for words that
 * are not the project's to translate (a compiler's message, a value read from a file).
 *
 * <p>Immutable and safe to share between threads when its arguments are.
 *
 * @param bundle the base name of a {@link java.util.ResourceBundle} of UTF-8 properties, such as
 *     {@code org.gridgov.core.messages}, or empty text for a message that is its own text
 * @param key the key of the pattern in the bundle, or the text itself when the bundle is empty
 * @param arguments the pattern's arguments, {@code {0}} first; none is null
 */
public record Message(String bundle, String key, List<Object> arguments) {

  /** Checks the fields and copies the arguments. */
  public Message {
    Objects.requireNonNull(bundle, "a message names its bundle");
    Objects.requireNonNull(key, "a message has a key");
    arguments = List.copyOf(arguments);
  }

  /**
   * A message from a bundle.
   *
   * @param bundle the bundle's base name
   * @param key the pattern's key
   * @param arguments the arguments, none null
   * @return the message
   */
  public static Message of(String bundle, String key, Object... arguments) {
    return new Message(bundle, key, List.of(arguments));
  }

  /**
   * A message that is the same text in every language.
   *
   * @param text the text
   * @return the message
   */
  public static Message text(String text) {
    return new Message("", text, List.of());
  }

  /**
   * Whether the message reads the same in every language.
   *
   * @return true for a message made by {@link #text(String)}
   */
  public boolean verbatim() {
    return bundle.isEmpty();
  }

  /**
   * The message in a language; an argument that is itself a {@code Message} is rendered in the same
   * language first.
   *
   * @param locale the reader's language; one without a bundle of its own reads English
   * @return the text
   * @throws java.util.MissingResourceException if the bundle or the key does not exist
   */
  public String render(Locale locale) {
    if (verbatim()) {
      return key;
    }
    Object[] filled =
        arguments.stream().map(a -> a instanceof Message m ? m.render(locale) : a).toArray();
    return Messages.of(bundle).format(locale, key, filled);
  }

  @Override
  public String toString() {
    return render(Locale.ENGLISH);
  }
}
