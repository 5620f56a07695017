package org.gridgov.core.common;

import java.util.Locale;

/**
 * Something that can say what it is in the reader's language: a problem with an input, a refusal, a
 * decision.
 */
public interface Describable {

  /**
   * What it is, in a language.
   *
   * @param locale the reader's language; English when GridGov has no messages in it
   * @return the text
   */
  String describe(Locale locale);
}
