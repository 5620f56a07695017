package org.gridgov.rules;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.gridgov.core.calendar.WorkingCalendar;
import org.gridgov.core.io.WorkingCalendarJson;
import org.gridgov.rules.decision.Decision;

/**
 * The rules engine of grid governance: who is responsible for an order, what is late and where it
 * goes next, and how grids and people are evaluated. Made by {@link #builder()}.
 *
 * <p>The engine holds one shared knowledge base: the default rules, precompiled at build time, plus
 * the rules of any integrator folders. Each call runs in a session of its own, so one engine serves
 * any number of threads at once. {@link #reload()} swaps the knowledge base atomically: calls
 * already running finish on the old rules, calls made after it use the new ones.
 *
 * <p>Rules decide, the domain applies: the engine reads immutable facts and returns {@link
 * Decision}s that name the rules that made them; the host applies them through the work-order
 * lifecycle. Time is never read from the system: every time-based decision uses the engine's {@link
 * #clock()}.
 */
public interface GovernanceEngine {

  /**
   * Starts a builder with the default rules, the system clock and the shipped Chinese working
   * calendar.
   *
   * @return a builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Compiles integrator rule folders against the default rules and reports every problem, without
   * making an engine. The same check runs when an engine is built or reloaded.
   *
   * @param folders folders of {@code *.drl}, {@code *.drl.csv} and {@code *.xlsx} files
   * @return every problem with its file and line; empty if the rules compile
   */
  static List<RuleProblem> check(Path... folders) {
    return RuleBase.check(List.of(folders));
  }

  /**
   * Fires the rules over the given facts and returns every decision they made. This is the one
   * primitive the concerns below are built on; hosts may use it with fact types of their own that
   * their integrator rules match.
   *
   * @param facts immutable facts
   * @return the decisions in the order the rules made them, which is the same for the same rules
   *     and the same facts given in the same order
   */
  List<Decision> decide(Collection<?> facts);

  /**
   * What the catalogue rules define: the decisions the rules make for a {@link
   * org.gridgov.rules.fact.CatalogueRequest}, such as the categories, the time limits and the
   * weights of the grid score. Computed once each time the rules are loaded; for the default rules
   * alone, once when the library was built.
   *
   * @return the definitions, in a stable order
   */
  List<Decision> catalogue();

  /**
   * Reloads the integrator folders. If they do not compile, the engine keeps its current rules and
   * the exception says why.
   *
   * @throws RuleLoadException if any rule file has a problem
   */
  void reload();

  /**
   * What the integrator folders replaced among the default rules, one line each.
   *
   * @return such as {@code "sla.drl.csv replaces the default sla.drl.csv (package ...)"}
   */
  List<String> replacements();

  /**
   * The clock all time-based rules read.
   *
   * @return the clock
   */
  Clock clock();

  /**
   * The working calendar that time limits count in: the one given to the builder, or the shipped
   * Chinese calendar, read at the first call.
   *
   * @return the calendar
   */
  WorkingCalendar calendar();

  /** Builds an engine. A builder is not thread-safe; the engine it builds is. */
  final class Builder {
    private final List<Path> folders = new ArrayList<>();
    private final List<AuditListener> listeners = new ArrayList<>();
    private Clock clock = Clock.systemUTC();
    private WorkingCalendar calendar;

    private Builder() {}

    /**
     * Adds an integrator folder whose rules and tables add to or replace the defaults.
     *
     * @param folder a folder of rule files
     * @return this builder
     */
    public Builder rules(Path folder) {
      folders.add(Objects.requireNonNull(folder, "folder"));
      return this;
    }

    /**
     * Sets the clock that time-based rules read; tests pass a fixed clock.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets the working calendar that time limits count in.
     *
     * @param calendar the calendar
     * @return this builder
     */
    public Builder calendar(WorkingCalendar calendar) {
      this.calendar = Objects.requireNonNull(calendar, "calendar");
      return this;
    }

    /**
     * Adds a listener that sees every decision.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder audit(AuditListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /**
     * Loads the rules and makes the engine.
     *
     * <p>With integrator folders the rules are compiled and checked before this returns. Without
     * them the precompiled default rules, which cannot fail to compile, load on a background thread
     * while the host goes on with its own start-up (reading its district, say): this returns at
     * once, and the first call that needs the rules waits for them. The catalogue of the default
     * rules was computed when the library was built, and the shipped working calendar is read when
     * first needed.
     *
     * @return the engine
     * @throws RuleLoadException if any rule file has a problem; no engine is made
     */
    public GovernanceEngine build() {
      WorkingCalendar chosen = calendar;
      return new DroolsEngine(
          folders,
          clock,
          () -> chosen != null ? chosen : WorkingCalendarJson.chinaDefault(),
          listeners);
    }
  }
}
