package org.gridgov.rules;

import java.util.List;

/**
 * What a check of integrator rule folders found: the problems that make them wrong, and notes to
 * read that are not wrong in themselves, such as a default rule file the folder replaces.
 *
 * @param problems each problem with its file and line; empty if the rules compile and mean what the
 *     engine can use
 * @param notes information, one line each, such as {@code "sla.drl.csv replaces the default
 *     sla.drl.csv (package ...)"}
 */
public record RuleReview(List<RuleProblem> problems, List<String> notes) {

  /** Copies the lists. */
  public RuleReview {
    problems = List.copyOf(problems);
    notes = List.copyOf(notes);
  }

  /**
   * Whether the folders have no problem.
   *
   * @return true if there are no problems; notes may still be there
   */
  public boolean clean() {
    return problems.isEmpty();
  }
}
