package org.gridgov.rules;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.gridgov.core.calendar.WorkingCalendar;
import org.gridgov.rules.decision.Decision;
import org.gridgov.rules.fact.CatalogueRequest;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The engine on Drools: one shared knowledge base, one session per call. */
final class DroolsEngine implements GovernanceEngine {

  private static final Logger AUDIT = LoggerFactory.getLogger("org.gridgov.rules.audit");
  private static final Logger LOG = LoggerFactory.getLogger(DroolsEngine.class);

  private final List<Path> folders;
  private final RuleAllowList allowed;
  private final Clock clock;
  private final WorkingCalendar calendar;
  private final List<AuditListener> listeners;
  private final AtomicReference<Loaded> rules = new AtomicReference<>();

  /** A rule base with what its catalogue rules define; swapped as one. */
  private record Loaded(RuleBase base, List<Decision> catalogue) {}

  DroolsEngine(
      List<Path> folders,
      RuleAllowList allowed,
      Clock clock,
      WorkingCalendar calendar,
      List<AuditListener> listeners) {
    this.folders = List.copyOf(folders);
    this.allowed = allowed;
    this.clock = clock;
    this.calendar = calendar;
    this.listeners = List.copyOf(listeners);
    rules.set(load());
  }

  private Loaded load() {
    RuleBase base = RuleBase.load(folders, allowed);
    try {
      return new Loaded(base, fire(base, List.of(new CatalogueRequest())));
    } catch (RuntimeException e) {
      // a rule that compiles can still fail when the catalogue is asked for; its rule is named
      throw new RuleLoadException(
          List.of(
              new RuleProblem(
                  "(catalogue)",
                  0,
                  "the rules compile but fail when the catalogue is asked for: "
                      + rootMessage(e))));
    }
  }

  private static String rootMessage(Throwable e) {
    StringBuilder message = new StringBuilder(String.valueOf(e.getMessage()));
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      message.append("; caused by ").append(cause);
    }
    return message.toString();
  }

  @Override
  public List<Decision> decide(Collection<?> facts) {
    List<Decision> decisions = fire(rules.get().base(), facts);
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
  private static List<Decision> fire(RuleBase base, Collection<?> facts) {
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
    return rules.get().catalogue();
  }

  @Override
  public void reload() {
    rules.set(load());
  }

  @Override
  public List<String> replacements() {
    return rules.get().base().notes();
  }

  @Override
  public Clock clock() {
    return clock;
  }

  @Override
  public WorkingCalendar calendar() {
    return calendar;
  }
}
