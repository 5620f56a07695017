package org.gridgov.core.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.gridgov.core.common.Describable;
import org.gridgov.core.common.Message;

/**
 * A journal's file could not be opened, read, written, forced or locked: an {@link
 * UncheckedIOException} whose message names the file and what failed, in English, and that can say
 * the same in the reader's language ({@code journal.cannot*} in governance-core's bundle). The
 * reason the operating system gave stays as it gave it.
 */
final class JournalIoException extends UncheckedIOException implements Describable {

  private static final long serialVersionUID = 1L;

  /** What failed, kept for this process: a deserialised exception reads its English. */
  private final transient Message text;

  private JournalIoException(Message text, IOException cause) {
    super(text.render(Locale.ENGLISH), cause);
    this.text = text;
  }

  /**
   * A failure of an operation on a journal.
   *
   * @param key the key after {@code journal.}, such as {@code cannotOpen}
   * @param file the journal's file
   * @param cause what failed
   * @param arguments what the pattern takes between the file and the reason
   * @return the exception
   */
  static JournalIoException of(String key, Object file, IOException cause, Object... arguments) {
    Object[] all = new Object[arguments.length + 2];
    all[0] = String.valueOf(file);
    System.arraycopy(arguments, 0, all, 1, arguments.length);
    all[all.length - 1] = String.valueOf(cause.getMessage());
    return new JournalIoException(IoMessages.text("journal." + key, all), cause);
  }

  @Override
  public String describe(Locale locale) {
    return text == null ? getMessage() : text.render(locale);
  }
}
