package org.gridgov.rules.engine;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.gridgov.core.calendar.HolidayTable;
import org.gridgov.core.calendar.WorkingCalendar;
import org.gridgov.rules.AuditListener;
import org.gridgov.rules.GovernanceEngine;
import org.gridgov.rules.RuleLoadException;
import org.gridgov.rules.RuleProblem;
import org.gridgov.rules.decision.Decision;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.ConsequenceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine on Drools: one shared rule base, one session per call.
 *
 * <p>Without integrator folders the engine starts loading the precompiled default rules on a
 * background thread as it is made. The default rules are split by concern ({@link ConcernBases}):
 * the thread builds the knowledge base of the routing rules, which a host needs first, then reads
 * the catalogue the build computed ({@link DefaultCatalogue}) and the working calendar, unless the
 * host's first call has needed them before. The host's own start-up work, such as reading its
 * district, runs meanwhile; a call that needs what is still being made waits for it, and one that
 * needs another concern's rules builds them. With integrator folders the rules are compiled,
 * checked and loaded into one knowledge base before the engine is made, so that it refuses to start
 * on any rule error.
 */
final class DroolsEngine implements GovernanceEngine {

  /**
   * The engine's loggers, made at their first use: the first logger sets logging up, which the
   * thread that loads the default rules does while the host goes on.
   */
  private static final class Logs {
    static final Logger AUDIT = LoggerFactory.getLogger("org.gridgov.rules.audit");
    static final Logger LOG = LoggerFactory.getLogger(DroolsEngine.class);
  }

  private final List<Path> folders;
  private final RuleAllowList allowed;
  private final Clock clock;
  private final Once<WorkingCalendar> calendar;

  /** The calendar with official years loaded at run time; null until the first load. */
  private final AtomicReference<WorkingCalendar> swapped = new AtomicReference<>();

  /** The epoch day of the last coverage check, so that the audit log warns once a day. */
  private volatile long warnedOn = Long.MIN_VALUE;

  private final List<AuditListener> listeners;
  private final AtomicReference<Loaded> rules = new AtomicReference<>();

  /**
   * A rule base with what its catalogue rules define; swapped as one. The rule base of the default
   * rules may still be loading when the engine has just started, and their catalogue is read by the
   * first thread that needs it.
   */
  private record Loaded(CompletableFuture<RuleBase> base, Once<List<Decision>> catalogue) {

    static Loaded now(RuleBase base) {
      List<Decision> catalogue;
      try {
        catalogue = base.fire(DefaultCatalogue.catalogueRequest());
      } catch (RuntimeException e) {
        // a rule that compiles can still fail when the catalogue is asked for: name its file
        throw new RuleLoadException(List.of(catalogueProblem(base, e)));
      }
      return new Loaded(CompletableFuture.completedFuture(base), Once.made(catalogue));
    }
  }

  /** The problem of a rule that failed when the catalogue was asked for, at its file and line. */
  static RuleProblem catalogueProblem(RuleBase base, RuntimeException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConsequenceException c && c.getMatch() != null) {
        Rule rule = c.getMatch().getRule();
        Throwable cause = c.getCause() == null ? c : c.getCause();
        Optional<RuleProblem> located =
            base.problemIn(rule.getPackageName(), rule.getName(), String.valueOf(cause));
        if (located.isPresent()) {
          return located.get();
        }
      }
    }
    return new RuleProblem("(catalogue)", 0, ProblemText.of("catalogueRules", rootMessage(e)));
  }

  private static String rootMessage(Throwable e) {
    StringBuilder message = new StringBuilder(String.valueOf(e.getMessage()));
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      message.append("; caused by ").append(cause);
    }
    return message.toString();
  }

  /**
   * Starts the engine.
   *
   * @param calendar read when first needed, or ahead of that on the thread that loads the default
   *     rules
   */
  DroolsEngine(
      List<Path> folders,
      RuleAllowList allowed,
      Clock clock,
      Supplier<WorkingCalendar> calendar,
      List<AuditListener> listeners) {
    this.folders = List.copyOf(folders);
    this.allowed = allowed;
    this.clock = clock;
    this.listeners = List.copyOf(listeners);
    this.calendar = Once.of(calendar);
    rules.set(
        this.folders.isEmpty() && RuleBase.precompiled()
            ? defaultsInBackground()
            : Loaded.now(RuleBase.load(this.folders, allowed)));
  }

  /**
   * The default rules, loading on a thread of their own, then what a host's first call needs
   * besides them; their catalogue as the build wrote it, read by the first thread that needs it.
   */
  private Loaded defaultsInBackground() {
    CompletableFuture<RuleBase> base = new CompletableFuture<>();
    Once<List<Decision>> catalogue =
        Once.of(
            () ->
                DefaultCatalogue.read()
                    .orElseGet(() -> await(base).fire(DefaultCatalogue.catalogueRequest())));
    Thread loader =
        new Thread(
            () -> {
              try {
                base.complete(RuleBase.load(List.of(), RuleAllowList.defaults()));
              } catch (Throwable e) { // whatever it is, the first call that waits is told
                base.completeExceptionally(e);
                return;
              }
              makeReady(base.join(), catalogue);
            },
            "gridgov-rules-loader");
    loader.setDaemon(true);
    loader.start();
    return new Loaded(base, catalogue);
  }

  /**
   * While the host is still busy, makes what its first call needs, so that the call does not have
   * to: the rules of routing an order, which take longest, then the catalogue and the working
   * calendar, unless the host's thread has read them meanwhile. A call that needs one of them while
   * it is being made waits for it; one that fails here is made again by the call that needs it,
   * which is told.
   */
  private void makeReady(RuleBase loaded, Once<List<Decision>> catalogue) {
    try {
      loaded.prepare(ConcernBases.FIRST);
      catalogue.get();
      calendar();
    } catch (RuntimeException e) {
      Logs.LOG.debug("the engine could not make ready ahead of its first call", e);
    }
  }

  /** Waits for what is still loading; a failure to load the default rules is rethrown here. */
  private static <T> T await(CompletableFuture<T> loading) {
    try {
      return loading.join();
    } catch (CompletionException e) {
      throw new IllegalStateException("the default rules did not load: " + e.getCause(), e);
    }
  }

  @Override
  public List<Decision> decide(Collection<?> facts) {
    List<Decision> decisions = await(rules.get().base()).fire(facts);
    audit(decisions);
    return decisions;
  }

  @Override
  public boolean auditing() {
    return !listeners.isEmpty() || Logs.AUDIT.isDebugEnabled();
  }

  @Override
  public void auditReused(Collection<? extends Decision> decisions) {
    audit(decisions);
  }

  private void audit(Collection<? extends Decision> decisions) {
    for (Decision d : decisions) {
      Logs.AUDIT.debug("{}", d);
      for (AuditListener l : listeners) {
        try {
          l.decided(d);
        } catch (RuntimeException e) {
          Logs.LOG.warn("an audit listener failed on {}", d, e);
        }
      }
    }
  }

  @Override
  public List<Decision> catalogue() {
    return rules.get().catalogue().get();
  }

  @Override
  public void reload() {
    rules.set(Loaded.now(RuleBase.load(folders, allowed)));
  }

  @Override
  public Map<String, String> ruleTitles() {
    return await(rules.get().base()).titles();
  }

  @Override
  public List<String> replacements() {
    return await(rules.get().base()).notes();
  }

  @Override
  public Clock clock() {
    return clock;
  }

  @Override
  public WorkingCalendar calendar() {
    WorkingCalendar loaded = swapped.get();
    WorkingCalendar current = loaded != null ? loaded : calendar.get();
    warnIfCoverageEnds(current);
    return current;
  }

  @Override
  public WorkingCalendar loadOfficialYears(HolidayTable years) {
    Objects.requireNonNull(years, "years");
    WorkingCalendar loaded =
        swapped.updateAndGet(
            current -> (current != null ? current : calendar.get()).withOfficialYears(years));
    Logs.AUDIT.info(
        "working calendar: official years {} loaded from {}; official coverage now {}",
        years.coverage(),
        years.source(),
        loaded.coverage());
    warnedOn = Long.MIN_VALUE;
    return loaded;
  }

  /**
   * Warns in the audit log, once a day, from {@value GovernanceEngine#COVERAGE_WARNING_DAYS} days
   * before the end of the official table: a cheap comparison on every other call.
   */
  private void warnIfCoverageEnds(WorkingCalendar current) {
    long today = Math.floorDiv(clock.millis(), 86_400_000L);
    if (today == warnedOn) {
      return;
    }
    warnedOn = today;
    long left = current.officialDaysLeft(LocalDate.ofEpochDay(today));
    if (left <= GovernanceEngine.COVERAGE_WARNING_DAYS) {
      Logs.AUDIT.warn(
          "working calendar: the official holiday table ends on {} ({} days left); deadlines after"
              + " it are provisional until the next year's schedule is loaded",
          current.coverage().last(),
          left);
    }
  }
}
