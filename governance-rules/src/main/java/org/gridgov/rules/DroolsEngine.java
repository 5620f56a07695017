package org.gridgov.rules;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.gridgov.core.calendar.WorkingCalendar;
import org.gridgov.rules.decision.Decision;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine on Drools: one shared knowledge base, one session per call.
 *
 * <p>Without integrator folders the engine starts loading the precompiled default rules on a
 * background thread as it is made, and takes their catalogue from the file the build computed
 * ({@link DefaultCatalogue}); the first call that needs the knowledge base waits for it. The host's
 * own start-up work, such as reading its district, runs meanwhile. With integrator folders the
 * rules are compiled, checked and loaded before the engine is made, so that it refuses to start on
 * any rule error.
 */
final class DroolsEngine implements GovernanceEngine {

  private static final Logger AUDIT = LoggerFactory.getLogger("org.gridgov.rules.audit");
  private static final Logger LOG = LoggerFactory.getLogger(DroolsEngine.class);

  private final List<Path> folders;
  private final RuleAllowList allowed;
  private final Clock clock;
  private final Supplier<WorkingCalendar> calendarSource;
  private final AtomicReference<WorkingCalendar> calendar = new AtomicReference<>();
  private final List<AuditListener> listeners;
  private final AtomicReference<Loaded> rules = new AtomicReference<>();

  /**
   * A rule base with what its catalogue rules define; swapped as one. Either may still be loading
   * when the engine has just started.
   */
  private record Loaded(
      CompletableFuture<RuleBase> base, CompletableFuture<List<Decision>> catalogue) {

    static Loaded now(RuleBase base) {
      List<Decision> catalogue;
      try {
        catalogue = fire(base, DefaultCatalogue.catalogueRequest());
      } catch (RuntimeException e) {
        // a rule that compiles can still fail when the catalogue is asked for: name its file
        throw new RuleLoadException(List.of(catalogueProblem(base, e)));
      }
      return new Loaded(
          CompletableFuture.completedFuture(base), CompletableFuture.completedFuture(catalogue));
    }
  }

  /** The problem of a rule that failed when the catalogue was asked for, at its file and line. */
  private static RuleProblem catalogueProblem(RuleBase base, RuntimeException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConsequenceException c && c.getMatch() != null) {
        Rule rule = c.getMatch().getRule();
        Throwable cause = c.getCause() == null ? c : c.getCause();
        Optional<RuleProblem> located =
            base.problemIn(
                rule.getPackageName(),
                rule.getName(),
                "compiles but fails when the catalogue is asked for: " + cause);
        if (located.isPresent()) {
          return located.get();
        }
      }
    }
    return new RuleProblem(
        "(catalogue)",
        0,
        "the rules compile but fail when the catalogue is asked for: " + rootMessage(e));
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
   * @param calendar read when first needed: routing, for one, does not count working time
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
    rules.set(
        this.folders.isEmpty() && RuleBase.precompiled()
            ? defaultsInBackground()
            : Loaded.now(RuleBase.load(this.folders, allowed)));
    this.calendarSource = calendar;
  }

  /** The default rules, loading on a thread of their own; their catalogue as the build wrote it. */
  private static Loaded defaultsInBackground() {
    CompletableFuture<RuleBase> base = new CompletableFuture<>();
    Thread loader =
        new Thread(
            () -> {
              RuleBase loaded;
              try {
                loaded = RuleBase.load(List.of(), RuleAllowList.defaults());
              } catch (Throwable e) { // whatever it is, the first call that waits is told
                base.completeExceptionally(e);
                return;
              }
              base.complete(loaded);
              // While the host is still busy, load what every session needs, so that its first
              // call does not have to; a call already waiting shares the work.
              fire(loaded, List.of());
            },
            "gridgov-rules-loader");
    loader.setDaemon(true);
    loader.start();
    CompletableFuture<List<Decision>> catalogue =
        DefaultCatalogue.read()
            .map(CompletableFuture::completedFuture)
            .orElseGet(() -> base.thenApply(b -> fire(b, DefaultCatalogue.catalogueRequest())));
    return new Loaded(base, catalogue);
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
    List<Decision> decisions = fire(await(rules.get().base()), facts);
    audit(decisions);
    return decisions;
  }

  @Override
  public boolean auditing() {
    return !listeners.isEmpty() || AUDIT.isDebugEnabled();
  }

  @Override
  public void auditReused(Collection<? extends Decision> decisions) {
    audit(decisions);
  }

  private void audit(Collection<? extends Decision> decisions) {
    for (Decision d : decisions) {
      AUDIT.debug("{}", d);
      for (AuditListener l : listeners) {
        try {
          l.decided(d);
        } catch (RuntimeException e) {
          LOG.warn("an audit listener failed on {}", d, e);
        }
      }
    }
  }

  /**
   * Fires the rules and returns the decisions in the order the rules inserted them. The agenda
   * fires in a fixed order for the same rules and the same facts inserted in the same order, so
   * this order is stable without sorting.
   */
  static List<Decision> fire(RuleBase base, Collection<?> facts) {
    KieSession session = base.kieBase().newKieSession();
    List<Decision> decisions = new ArrayList<>();
    session.addEventListener(
        new DefaultRuleRuntimeEventListener() {
          @Override
          public void objectInserted(ObjectInsertedEvent event) {
            if (event.getObject() instanceof Decision d) {
              decisions.add(d);
            }
          }
        });
    try {
      for (Object fact : facts) {
        session.insert(fact);
      }
      session.fireAllRules();
    } finally {
      session.dispose();
    }
    return decisions;
  }

  @Override
  public List<Decision> catalogue() {
    return await(rules.get().catalogue());
  }

  @Override
  public void reload() {
    rules.set(Loaded.now(RuleBase.load(folders, allowed)));
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
    WorkingCalendar read = calendar.get();
    if (read == null) {
      calendar.compareAndSet(null, calendarSource.get());
      read = calendar.get();
    }
    return read;
  }
}
