package org.gridgov.core.io;

import java.util.Locale;
import java.util.Objects;
import org.gridgov.core.common.Describable;
import org.gridgov.core.common.Message;

/**
 * An iCalendar file could not be loaded: the message names the file and the line, such as {@code
 * 2027.ics line 14: 2027-02-20 is listed twice, at line 9 as a day off and here as a working day}.
 * Nothing of the file was loaded. A refusal of the holiday table the file makes reads in the
 * reader's language through {@link #describe(Locale)}; the reader's own findings read in English.
 */
public final class IcsLoadException extends RuntimeException implements Describable {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final transient Message problem;

  /**
   * Makes the exception.
   *
   * @param source the file's name
   * @param line the line of the problem, from 1
   * @param problem what is wrong there
   */
  public IcsLoadException(String source, int line, String problem) {
    this(source, line, Message.text(Objects.requireNonNull(problem, "problem")));
  }

  /**
   * Makes the exception with a problem that can be read in several languages.
   *
   * @param source the file's name
   * @param line the line of the problem, from 1
   * @param problem what is wrong there
   */
  public IcsLoadException(String source, int line, Message problem) {
    super(text(Objects.requireNonNull(source, "source"), line, problem).render(Locale.ENGLISH));
    this.source = source;
    this.line = line;
    this.problem = problem;
  }

  private static Message text(String source, int line, Message problem) {
    return IoMessages.text("ics.problem", source, line, problem);
  }

  @Override
  public String describe(Locale locale) {
    return problem == null ? getMessage() : text(source, line, problem).render(locale);
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
