package org.gridgov.core.io;

import java.util.Locale;
import org.gridgov.core.common.Describable;
import org.gridgov.core.common.Message;

/**
 * A journal could not be opened for writing because it already has a writer, in this JVM or in
 * another process. A journal has one writer at a time; readers need no lock.
 */
public final class JournalLockedException extends RuntimeException implements Describable {

  private static final long serialVersionUID = 1L;

  private final String file;

  /** Who holds the journal, kept for this process: a deserialised exception reads its English. */
  private final transient Message text;

  /**
   * Makes the exception.
   *
   * @param file the journal's file
   * @param holderKey who holds it: {@code thisJvm} or {@code otherProcess}
   */
  JournalLockedException(String file, String holderKey) {
    this(file, IoMessages.text("journal.locked", file, IoMessages.text("journal." + holderKey)));
  }

  private JournalLockedException(String file, Message text) {
    super(text.render(Locale.ENGLISH));
    this.file = file;
    this.text = text;
  }

  @Override
  public String describe(Locale locale) {
    return text == null ? getMessage() : text.render(locale);
  }

  /**
   * The journal's file.
   *
   * @return its path as given
   */
  public String file() {
    return file;
  }
}
