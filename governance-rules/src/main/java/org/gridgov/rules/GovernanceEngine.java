package org.gridgov.rules;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.gridgov.core.calendar.HolidayTable;
import org.gridgov.core.calendar.WorkingCalendar;
import org.gridgov.core.io.WorkingCalendarJson;
import org.gridgov.rules.decision.Decision;
import org.gridgov.rules.engine.Engines;

/**
 * The rules engine of grid governance: who is responsible for an order, what is late and where it
 * goes next, and how grids and people are evaluated. Made by {@link #builder()}.
 *
 * <p>The engine holds one shared rule base: the default rules, precompiled at build time, plus the
 * rules of any integrator folders. Each call runs in a session of its own, so one engine serves any
 * number of threads at once. {@link #reload()} swaps the rule base atomically: calls already
 * running finish on the old rules, calls made after it use the new ones. On the default rules alone
 * the rule base holds a knowledge base per concern (routing, escalation, evaluation), each built at
 * its first use, and a call whose facts only one concern's rules react to fires that concern's
 * rules alone, with the same decisions as all the rules would make.
 *
 * <p>Integrator rule files are code that runs inside the host, so the engine refuses any that name
 * a type outside an allow-list (the facts and decisions, the core values they carry, and the
 * harmless parts of {@code java.lang}, {@code java.math}, {@code java.time} and {@code java.util}),
 * reach the process, files, the network, threads, class loading, reflection or the rule session.
 * The list is described at {@link Builder#allow(String...)}; the default rules in the jar are
 * trusted.
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
   * making an engine. The same check runs when an engine is built or reloaded: a rule file that
   * uses a type or member outside the default allow-list (see {@link Builder#allow(String...)}) is
   * a problem too, and so are mistakes Drools would let through: a decision table column header it
   * does not know (it would read {@code CONDITON} by its first letter), a quote in a CSV table not
   * closed on its line, and a rule attribute the engine cannot honour (a {@code salience} that is
   * text, a {@code timer}, {@code duration}, {@code calendars}, an agenda or rule flow group, a
   * date Drools would read leniently). The check runs none of the files' code: it refuses what
   * Drools would evaluate while compiling unless it is a literal, and verifies the compiled code
   * (see docs/INTEGRATORS.md, "The security model").
   *
   * @param folders folders of {@code *.drl}, {@code *.drl.csv} and {@code *.xlsx} files
   * @return every problem with its file and line; empty if the rules compile
   */
  static List<RuleProblem> check(Path... folders) {
    return Engines.check(List.of(), List.of(folders));
  }

  /**
   * Like {@link #check(Path...)}, for a host that widens the allow-list as its engine does with
   * {@link Builder#allow(String...)}.
   *
   * @param allowed the packages and classes the host allows beyond the defaults
   * @param folders folders of {@code *.drl}, {@code *.drl.csv} and {@code *.xlsx} files
   * @return every problem with its file and line; empty if the rules compile
   * @throws IllegalArgumentException if an allowed name is not a package or class name
   */
  static List<RuleProblem> check(Collection<String> allowed, Path... folders) {
    return Engines.check(allowed, List.of(folders));
  }

  /**
   * Checks integrator rule folders as {@link #check(Collection, Path...)} does, then what they
   * mean, and says besides what is worth knowing that is not wrong: which default rule files and
   * rules the folders replace. An engine builds on rules that compile; this review finds the rules
   * that compile but would never fire, or make routing fail, and is what {@code gridgov
   * check-rules} runs.
   *
   * <p>Beyond compiling, the check reads what the rules mean: every enum value, category code and
   * urgency a table or rule names must exist (the folders' own categories included); a table cell
   * must fill every {@code $n} of its column; a row must be able to match; every category must have
   * a time limit at every urgency; and a time-limit row must win somewhere. Each problem names its
   * file and line (the row, in a table) and the values that would be valid.
   *
   * @param allowed the packages and classes the host allows beyond the defaults
   * @param folders folders of {@code *.drl}, {@code *.drl.csv} and {@code *.xlsx} files
   * @return the problems and the notes
   * @throws IllegalArgumentException if an allowed name is not a package or class name
   */
  static RuleReview review(Collection<String> allowed, Path... folders) {
    return Engines.review(allowed, List.of(folders));
  }

  /**
   * The default rule files in the library's jar, for an integrator to copy and start from: each is
   * a class path resource such as {@code org/gridgov/rules/escalation/sla/sla.drl.csv}. A file of
   * an integrator folder with the same file name replaces the default as a whole.
   *
   * @return the resources, in a stable order
   */
  static List<String> defaultRuleFiles() {
    return Engines.defaultRuleFiles();
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
   * Whether anyone listens to decisions: an {@link AuditListener}, or the audit logger {@code
   * org.gridgov.rules.audit} at debug level.
   *
   * @return true if decisions are audited
   */
  boolean auditing();

  /**
   * Tells the audit trail about decisions taken again without firing the rules: a concern that
   * reuses the decisions of pure rules for an equal case (routing does) reports them here, so that
   * the trail holds the same records as if the rules had fired.
   *
   * @param decisions the decisions, each naming the rule that made it for the equal case
   */
  void auditReused(Collection<? extends Decision> decisions);

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
   * Chinese calendar, read at the first call that needs it or, on the default rules, ahead of it
   * while they load.
   *
   * @return the calendar
   */
  WorkingCalendar calendar();

  /**
   * Loads official holiday years into the working calendar, as when the State Council has announced
   * next year's schedule: the calendar is swapped atomically, like a rule reload, for one with
   * these years in place of their provisional days ({@link WorkingCalendar#withOfficialYears}).
   * Deadlines already given are not changed: an order keeps the deadlines of its dispatch, marked
   * {@linkplain org.gridgov.core.workorder.Deadlines#provisional() provisional} if they were;
   * {@code Escalation.recomputeProvisional} counts those again on the new calendar.
   *
   * @param years the official years, such as read by {@code org.gridgov.core.io.HolidayFiles}
   * @return the calendar now in use
   * @throws IllegalArgumentException if the years leave a gap after the official table; the
   *     calendar is then unchanged
   */
  WorkingCalendar loadOfficialYears(HolidayTable years);

  /**
   * How many days of the official holiday table are left after today, on the engine's clock: 0 on
   * its last day, negative once past it. From {@value #COVERAGE_WARNING_DAYS} days before the end
   * the audit log ({@code org.gridgov.rules.audit}) warns once a day when deadlines are counted.
   *
   * @return the days left
   */
  default long officialDaysLeft() {
    WorkingCalendar calendar = calendar();
    return calendar.officialDaysLeft(LocalDate.ofInstant(clock().instant(), calendar.zone()));
  }

  /** How many days before the end of the official holiday table the audit log warns. */
  int COVERAGE_WARNING_DAYS = 60;

  /** Builds an engine. A builder is not thread-safe; the engine it builds is. */
  final class Builder {
    private final List<Path> folders = new ArrayList<>();
    private final List<AuditListener> listeners = new ArrayList<>();
    private final List<String> allowed = new ArrayList<>();
    private Clock clock = Clock.systemUTC();
    private WorkingCalendar calendar;
    private final List<HolidayTable> officialYears = new ArrayList<>();

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
     * Widens what integrator rule files may use. Rule files are code that runs inside the host; by
     * default they may name only:
     *
     * <ul>
     *   <li>the facts and decisions: the packages {@code org.gridgov.rules.fact} and {@code
     *       org.gridgov.rules.decision};
     *   <li>the core values they carry: the package {@code org.gridgov.core.lists}, and {@code
     *       EscalationLevel}, {@code WorkOrderStatus} and {@code WorkOrderId} ({@code
     *       org.gridgov.core.workorder}), {@code PropertyMode}, {@code GridCode} and {@code
     *       CommunityCode} ({@code territory}), {@code YearQuarter} ({@code calendar}), {@code
     *       PersonId} ({@code people}), {@code UnitId} ({@code organisation}), {@code Kpi}, {@code
     *       Satisfaction} and {@code Rating} ({@code evaluation});
     *   <li>{@code Object}, {@code String}, {@code CharSequence}, {@code StringBuilder}, {@code
     *       Math}, {@code StrictMath}, {@code Number}, the boxed primitives, {@code Comparable} and
     *       {@code Iterable} of {@code java.lang};
     *   <li>{@code java.math}, {@code java.time}, {@code java.time.format}, {@code
     *       java.time.temporal}, {@code java.util.function}, {@code java.util.stream}, {@code
     *       java.util.regex}, and {@code java.util} but for {@code ServiceLoader}, {@code
     *       ResourceBundle} and its subclasses, {@code Scanner}, {@code Formatter}, {@code
     *       Properties}, {@code Timer} and {@code TimerTask}; not {@code java.util.concurrent},
     *       whose executors and locks would run code after the call or block the engine.
     * </ul>
     *
     * <p>Whatever reaches the process, files, the network, threads, class loading or reflection
     * ({@code System}, {@code Runtime}, {@code Thread}, {@code Class}, {@code getClass()}, {@code
     * .class}, {@code java.io}, {@code java.nio}, {@code java.net} …) is refused, and so is the
     * rule session beyond {@code drools.getRule().getName()} and {@code insert(...)}. Function
     * imports and accumulate function imports are refused whatever the list. Each refusal is a
     * {@link RuleProblem} naming the file, the line and the use.
     *
     * <p>A host whose rules match fact types of its own allows them here, as in {@code
     * allow("com.example.district.facts")}. Allowing {@code java.lang.Class}, {@code
     * java.lang.System} or a Drools type also allows the members that reach it; that is the host's
     * decision to make.
     *
     * @param names package names (the classes directly in the package, with their nested classes; a
     *     trailing {@code .*} may be written) or class names (the class with its nested classes)
     * @return this builder
     * @throws IllegalArgumentException if a name is not a package or class name
     */
    public Builder allow(String... names) {
      List<String> more = List.of(names);
      Engines.checkAllowed(more); // refuses a name that is not one now, not at build()
      allowed.addAll(more);
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
     * Adds official holiday years to the calendar, the given one or the shipped one, in place of
     * their provisional days; see {@link GovernanceEngine#loadOfficialYears}.
     *
     * @param years official years that join the table (or the years added before them)
     * @return this builder
     */
    public Builder officialYears(HolidayTable years) {
      this.officialYears.add(Objects.requireNonNull(years, "years"));
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
     * them this returns at once, and the precompiled default rules, which cannot fail to compile,
     * load on a background thread while the host goes on with its own start-up (reading its
     * district, say): first the routing rules, which a host's first call (routing an order) needs,
     * then the catalogue of the default rules, computed when the library was built, and the shipped
     * working calendar. A call that needs what is still loading waits for it; a call that needs the
     * escalation or evaluation rules first builds them then.
     *
     * @return the engine
     * @throws RuleLoadException if any rule file has a problem; no engine is made
     */
    public GovernanceEngine build() {
      WorkingCalendar given = calendar;
      List<HolidayTable> years = List.copyOf(officialYears);
      // checked here, so that a year that leaves a gap fails the build rather than a later call
      WorkingCalendar chosen = years.isEmpty() || given == null ? given : withYears(given, years);
      return Engines.start(
          folders,
          allowed,
          clock,
          () -> chosen != null ? chosen : withYears(WorkingCalendarJson.chinaDefault(), years),
          listeners);
    }

    private static WorkingCalendar withYears(WorkingCalendar calendar, List<HolidayTable> years) {
      WorkingCalendar with = calendar;
      for (HolidayTable year : years) {
        with = with.withOfficialYears(year);
      }
      return with;
    }
  }
}
