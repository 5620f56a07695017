package org.gridgov.examples.text;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.gridgov.core.common.Message;
import org.gridgov.core.common.Messages;

/**
 * The texts of the command line and the report in one language, from the examples' bundle, with the
 * names of the domain from governance-core's. Immutable and thread-safe.
 */
public final class Texts {

  /** The bundle of the examples' texts. */
  public static final String BUNDLE = "org.gridgov.examples.messages";

  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final Locale locale;
  private final Messages messages = Messages.of(BUNDLE);

  private Texts(Locale locale) {
    this.locale = locale;
  }

  /**
   * The texts in a language.
   *
   * @param locale the reader's language; English for a language GridGov does not speak
   * @return the texts
   */
  public static Texts in(Locale locale) {
    return new Texts(java.util.Objects.requireNonNull(locale, "locale"));
  }

  /**
   * The language.
   *
   * @return the locale the texts are in
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Whether the texts are Chinese.
   *
   * @return true for Chinese
   */
  public boolean chinese() {
    return locale.getLanguage().equals(Messages.CHINESE.getLanguage());
  }

  /**
   * A text of the bundle.
   *
   * @param key the key
   * @param arguments its arguments
   * @return the text
   */
  public String get(String key, Object... arguments) {
    return messages.format(locale, key, arguments);
  }

  /**
   * A message of any bundle, in this language.
   *
   * @param message the message
   * @return the text
   */
  public String get(Message message) {
    return message.render(locale);
  }

  /**
   * The name of a domain value, such as an urgency or a subject kind.
   *
   * @param value the value
   * @return its name in this language
   */
  public String name(Enum<?> value) {
    return Messages.domainName(locale, value);
  }

  /**
   * A message of the examples' bundle.
   *
   * @param key the key
   * @param arguments the arguments
   * @return the message
   */
  public static Message message(String key, Object... arguments) {
    return Message.of(BUNDLE, key, arguments);
  }

  /**
   * An instant as a district reads it: the local date and minute in its zone, with the zone's
   * offset, such as {@code 2026-12-14 17:30 (+08:00)}.
   *
   * @param instant the instant
   * @param zone the district's zone
   * @return the text
   */
  public static String localTime(Instant instant, ZoneId zone) {
    var local = instant.atZone(zone);
    return MINUTE.format(local) + " (" + local.getOffset().getId().replace("Z", "+00:00") + ")";
  }
}
