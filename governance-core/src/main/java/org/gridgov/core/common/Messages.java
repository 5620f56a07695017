package org.gridgov.core.common;

import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

/**
 * One bundle of message patterns in the languages GridGov speaks: English, its root, and Simplified
 * Chinese ({@code _zh}). The patterns are {@link MessageFormat} patterns in UTF-8 properties files;
 * a quote is written twice ({@code Jin''an}).
 *
 * <p>A language without a bundle of its own reads English, whatever the machine's default locale:
 * the bundle never falls back to the default locale. Safe to use from several threads.
 */
public final class Messages {

  /** The bundle of governance-core's messages and domain names. */
  public static final String CORE = "org.gridgov.core.messages";

  /** Simplified Chinese, the language of the district's users. */
  public static final Locale CHINESE = Locale.CHINESE;

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final String bundle;

  private Messages(String bundle) {
    this.bundle = bundle;
  }

  /**
   * The messages of a bundle.
   *
   * @param bundle the base name, such as {@link #CORE}
   * @return the messages
   */
  public static Messages of(String bundle) {
    Objects.requireNonNull(bundle, "bundle");
    return new Messages(bundle);
  }

  /**
   * A pattern filled with its arguments, in a language. A number in a placeholder without a format
   * reads as its digits, as Java prints it ({@code {0}} of 10000 is {@code 10000}, a year stays
   * {@code 2027}); {@code {0,number}} groups it and {@code {0,number,#}} says so explicitly.
   *
   * @param locale the language
   * @param key the pattern's key
   * @param arguments the arguments
   * @return the text
   * @throws MissingResourceException if the bundle or the key does not exist
   */
  public String format(Locale locale, String key, Object... arguments) {
    MessageFormat pattern = new MessageFormat(resources(locale).getString(key), locale);
    Format[] formats = pattern.getFormatsByArgumentIndex();
    Object[] filled = arguments.clone();
    for (int i = 0; i < filled.length && i < formats.length; i++) {
      if (formats[i] == null && filled[i] instanceof Number n) {
        filled[i] = String.valueOf(n);
      }
    }
    return pattern.format(filled);
  }

  /**
   * The name of an enum constant in a language, under the key {@code SimpleName.CONSTANT}, such as
   * {@code Urgency.EMERGENCY}.
   *
   * @param locale the language
   * @param value the constant
   * @return its name for readers
   * @throws MissingResourceException if the bundle has no name for it
   */
  public String name(Locale locale, Enum<?> value) {
    return format(locale, value.getDeclaringClass().getSimpleName() + "." + value.name());
  }

  /**
   * The keys of the bundle in a language, for checking that every language has them all.
   *
   * @param locale the language
   * @return the keys, its own and its parents'
   */
  public Set<String> keys(Locale locale) {
    return resources(locale).keySet();
  }

  /**
   * What is wrong with the bundle, for the tests that guard it: a key that one language has and the
   * other lacks, a Chinese text that is empty or still the English one, a pattern that does not
   * parse, a lone quote (which MessageFormat would swallow) and a pattern that takes other
   * arguments than its English one.
   *
   * @return one line per problem; empty when the bundle is complete
   */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    ResourceBundle english = resources(Locale.ROOT);
    ResourceBundle chinese = resources(CHINESE);
    if (chinese.getLocale().equals(Locale.ROOT)) {
      return List.of(bundle + " has no Chinese bundle");
    }
    Set<String> keys = new TreeSet<>(english.keySet());
    keys.addAll(chinese.keySet());
    for (String key : keys) {
      if (!english.containsKey(key)) {
        problems.add(bundle + ": " + key + " has no English text");
        continue;
      }
      String en = english.getString(key);
      String zh = chinese.getString(key);
      if (zh.isBlank() || zh.equals(en)) {
        problems.add(bundle + ": " + key + " has no Chinese text of its own");
        continue;
      }
      try {
        int arguments = new MessageFormat(en).getFormatsByArgumentIndex().length;
        if (new MessageFormat(zh).getFormatsByArgumentIndex().length != arguments) {
          problems.add(bundle + ": " + key + " takes other arguments in Chinese than in English");
        }
      } catch (IllegalArgumentException e) {
        problems.add(bundle + ": " + key + " is not a message pattern: " + e.getMessage());
      }
      for (String pattern : List.of(en, zh)) {
        if (pattern.replace("''", "").contains("'")) {
          problems.add(bundle + ": " + key + " has a lone quote; write it twice: " + pattern);
        }
      }
    }
    return problems;
  }

  private ResourceBundle resources(Locale locale) {
    return ResourceBundle.getBundle(
        bundle,
        Objects.requireNonNull(locale, "locale"),
        Messages.class.getClassLoader(),
        NO_FALLBACK);
  }

  /**
   * The name of a domain enum constant, from governance-core's bundle.
   *
   * @param locale the language
   * @param value such as {@code Urgency.EMERGENCY}
   * @return such as {@code 紧急}
   */
  public static String domainName(Locale locale, Enum<?> value) {
    return of(CORE).name(locale, value);
  }
}
