package org.gridgov.rules;

import java.util.List;
import java.util.Locale;
import org.gridgov.core.common.Describable;
import org.gridgov.core.common.Messages;

/**
 * Rules could not be loaded: the engine refuses to start (or to reload) rather than run half a rule
 * base. It carries every problem found, each with its file and line.
 */
public final class RuleLoadException extends RuntimeException implements Describable {

  private static final long serialVersionUID = 1L;

  private final transient List<RuleProblem> problems;

  /**
   * Makes the exception.
   *
   * @param problems every problem found, at least one
   */
  public RuleLoadException(List<RuleProblem> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  private static String message(List<RuleProblem> problems) {
    return message(problems, Locale.ENGLISH);
  }

  private static String message(List<RuleProblem> problems, Locale locale) {
    StringBuilder sb =
        new StringBuilder(
            Messages.of(RuleProblem.MESSAGES)
                .format(locale, "rules.doNotCompile", problems.size()));
    problems.stream()
        .limit(50)
        .forEach(p -> sb.append(System.lineSeparator()).append("  ").append(p.describe(locale)));
    return sb.toString();
  }

  /**
   * The message in a language: how many problems, then each with its file and line.
   *
   * @param locale the reader's language
   * @return the text
   */
  @Override
  public String describe(Locale locale) {
    return message(problems, locale);
  }

  /**
   * Every problem found.
   *
   * @return at least one problem, each with its file and line
   */
  public List<RuleProblem> problems() {
    return problems;
  }
}
