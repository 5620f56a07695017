package org.gridgov.examples.cli;

import java.util.Locale;
import org.gridgov.core.common.Messages;

/** The languages the command line speaks, as {@code --lang} names them. */
enum Lang {
  /** Simplified Chinese. */
  zh(Messages.CHINESE),
  /** English. */
  en(Locale.ENGLISH);

  private final Locale locale;

  Lang(Locale locale) {
    this.locale = locale;
  }

  /**
   * The locale of the language.
   *
   * @return the locale
   */
  Locale locale() {
    return locale;
  }

  /**
   * The language of a run: the one {@code --lang} names (an unknown one is left to picocli to
   * refuse), else Chinese on a system whose locale is Chinese, else English.
   *
   * @param args the command line
   * @param system the system's locale
   * @return the language
   */
  static Lang of(String[] args, Locale system) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--")) {
        break;
      }
      String value =
          args[i].equals("--lang") && i + 1 < args.length
              ? args[i + 1]
              : args[i].startsWith("--lang=") ? args[i].substring("--lang=".length()) : null;
      if (value != null) {
        for (Lang lang : values()) {
          if (lang.name().equals(value)) {
            return lang;
          }
        }
        break;
      }
    }
    return system.getLanguage().equals(zh.locale.getLanguage()) ? zh : en;
  }
}
