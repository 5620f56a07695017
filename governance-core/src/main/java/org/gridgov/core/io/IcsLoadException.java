package org.gridgov.core.io;

import java.util.Objects;

/**
 * An iCalendar file could not be loaded: the message names the file and the line, such as {@code
 * 2027.ics line 14: 2027-02-20 is listed twice, at line 9 as a day off and here as a working day}.
 * Nothing of the file was loaded.
 */
public final class IcsLoadException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;

  /**
   * Makes the exception.
   *
   * @param source the file's name
   * @param line the line of the problem, from 1
   * @param problem what is wrong there
   */
  public IcsLoadException(String source, int line, String problem) {
    super(Objects.requireNonNull(source, "source") + " line " + line + ": " + problem);
    this.source = source;
    this.line = line;
  }

  /**
   * The file's name.
   *
   * @return such as a path
   */
  public String source() {
    return source;
  }

  /**
   * The line of the problem.
   *
   * @return from 1
   */
  public int line() {
    return line;
  }
}
