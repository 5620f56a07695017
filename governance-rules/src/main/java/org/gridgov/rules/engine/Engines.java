package org.gridgov.rules.engine;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import org.gridgov.core.calendar.WorkingCalendar;
import org.gridgov.rules.AuditListener;
import org.gridgov.rules.GovernanceEngine;
import org.gridgov.rules.RuleProblem;
import org.gridgov.rules.RuleReview;

/**
 * The one door from the host API ({@link GovernanceEngine}) into the engine: checking and reviewing
 * rule folders, the default rule files, and making an engine. Internal: hosts call {@link
 * GovernanceEngine} and its builder, never this class, which may change without notice.
 */
public final class Engines {

  private Engines() {}

  /**
   * Compiles and checks integrator folders against the default rules.
   *
   * @param allowed what the host allows beyond the default allow-list
   * @param folders the integrator folders
   * @return every problem with its file and line
   * @throws IllegalArgumentException if an allowed name is not a package or class name
   */
  public static List<RuleProblem> check(Collection<String> allowed, List<Path> folders) {
    return RuleBase.check(folders, RuleAllowList.defaults().allow(allowed));
  }

  /**
   * Checks integrator folders, then what their rules mean.
   *
   * @param allowed what the host allows beyond the default allow-list
   * @param folders the integrator folders
   * @return the problems and the notes
   * @throws IllegalArgumentException if an allowed name is not a package or class name
   */
  public static RuleReview review(Collection<String> allowed, List<Path> folders) {
    return RuleBase.review(folders, RuleAllowList.defaults().allow(allowed));
  }

  /**
   * Refuses a name the allow-list could not hold, at once rather than when an engine is built.
   *
   * @param names package or class names
   * @throws IllegalArgumentException if a name is not a package or class name
   */
  public static void checkAllowed(Collection<String> names) {
    RuleAllowList.defaults().allow(names);
  }

  /**
   * The default rule files in the library's jar.
   *
   * @return their class path resources, in a stable order
   */
  public static List<String> defaultRuleFiles() {
    return List.copyOf(RuleBase.defaults().keySet());
  }

  /**
   * Makes an engine on the default rules and the given folders.
   *
   * @param folders the integrator folders
   * @param allowed what the host allows beyond the default allow-list
   * @param clock the clock time-based rules read
   * @param calendar the working calendar, made at its first use
   * @param listeners the audit listeners
   * @return the engine
   * @throws org.gridgov.rules.RuleLoadException if any rule file has a problem
   */
  public static GovernanceEngine start(
      List<Path> folders,
      Collection<String> allowed,
      Clock clock,
      Supplier<WorkingCalendar> calendar,
      List<AuditListener> listeners) {
    return new DroolsEngine(
        folders, RuleAllowList.defaults().allow(allowed), clock, calendar, listeners);
  }
}
