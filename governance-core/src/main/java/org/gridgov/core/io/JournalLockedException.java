package org.gridgov.core.io;

/**
 * A journal could not be opened for writing because it already has a writer, in this JVM or in
 * another process. A journal has one writer at a time; readers need no lock.
 */
public final class JournalLockedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String file;

  JournalLockedException(String file, String holder) {
    super(
        file
            + ": the journal is already open for writing "
            + holder
            + "; a journal has one writer");
    this.file = file;
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
