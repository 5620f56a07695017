package org.gridgov.rules;

import java.util.List;

/**
 * Rules could not be loaded: the engine refuses to start (or to reload) rather than run half a rule
 * base. It carries every problem found, each with its file and line.
 */
public final class RuleLoadException extends RuntimeException {

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
    StringBuilder sb =
        new StringBuilder("the rules do not compile: ")
            .append(problems.size())
            .append(problems.size() == 1 ? " problem" : " problems");
    problems.stream()
        .limit(50)
        .forEach(p -> sb.append(System.lineSeparator()).append("  ").append(p));
    return sb.toString();
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
