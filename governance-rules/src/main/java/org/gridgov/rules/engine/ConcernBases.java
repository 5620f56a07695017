package org.gridgov.rules.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.drools.modelcompiler.CanonicalKiePackages;
import org.drools.modelcompiler.KiePackagesBuilder;
import org.gridgov.rules.decision.Decision;
import org.kie.api.KieServices;

/**
 * The default rules as one knowledge base per concern, each built at the first call that needs it,
 * and all of them together in one more, built at the first call that more than one concern reacts
 * to. Building a knowledge base is most of an engine's start, and a host's first call needs one
 * concern: routing an order waits for the routing rules only.
 *
 * <p>The facts of a call that only one concern reacts to fire on that concern's base; if the rules
 * insert an object another concern reacts to, the call fires again on all the rules, which decide
 * it as if the rules had never been split. {@link RuleConcerns} says why the decisions are the same
 * as on all the rules. Thread-safe: a base is built once, by the first call that needs it, and
 * calls that need it meanwhile wait for it.
 */
final class ConcernBases {

  /**
   * The concern whose base an engine builds ahead of its first call: hosts route orders as they
   * come in, and sweep and evaluate later.
   */
  static final String FIRST = "routing";

  private final RuleConcerns concerns;
  private final List<Once<InternalKnowledgeBase>> byConcern;
  private final Once<InternalKnowledgeBase> all;

  private ConcernBases(
      RuleConcerns concerns,
      List<Once<InternalKnowledgeBase>> byConcern,
      Once<InternalKnowledgeBase> all) {
    this.concerns = concerns;
    this.byConcern = byConcern;
    this.all = all;
  }

  /**
   * The model classes split by concern, if the build wrote what the concerns react to for the
   * default rule files on the class path and for every package of the model.
   *
   * @param modelClasses the model classes, in the order of their index
   * @return the bases, none built yet; empty to load all the rules together
   */
  static Optional<ConcernBases> of(List<String> modelClasses) {
    Optional<RuleConcerns> read = RuleConcerns.read();
    return read.isEmpty() ? Optional.empty() : of(modelClasses, read.get());
  }

  /**
   * The model classes split into the concerns given.
   *
   * @return the bases, none built yet; empty if a model's package is not in a concern
   */
  static Optional<ConcernBases> of(List<String> modelClasses, RuleConcerns concerns) {
    if (modelClasses.isEmpty()) {
      return Optional.empty();
    }
    List<List<String>> split = new ArrayList<>();
    concerns.concerns().forEach(c -> split.add(new ArrayList<>()));
    for (String model : modelClasses) {
      int concern = concerns.concernOf(model.substring(0, model.lastIndexOf('.')));
      if (concern < 0) {
        return Optional.empty(); // a package the file does not know: it is stale
      }
      split.get(concern).add(model);
    }
    List<Once<InternalKnowledgeBase>> byConcern = new ArrayList<>();
    split.forEach(models -> byConcern.add(Once.of(() -> build(models))));
    return Optional.of(
        new ConcernBases(concerns, List.copyOf(byConcern), Once.of(() -> build(modelClasses))));
  }

  /**
   * Builds the knowledge base of the model classes as Drools' own {@code KieBaseBuilder} does, in
   * two parts: a second thread sets up the empty knowledge base (its configuration and the root of
   * its network, a fifth of the work) while this one loads the models and compiles their rules. On
   * two cores beside a busy host the two threads get more of the machine than one.
   */
  private static InternalKnowledgeBase build(List<String> modelClasses) {
    CompletableFuture<InternalKnowledgeBase> empty = new CompletableFuture<>();
    Thread setUp =
        new Thread(
            () -> {
              try {
                empty.complete(
                    KnowledgeBaseFactory.newKnowledgeBase(
                        KieServices.get().newKieBaseConfiguration()));
              } catch (Throwable e) { // rethrown below, on the thread that builds
                empty.completeExceptionally(e);
              }
            },
            "gridgov-rules-setup");
    setUp.setDaemon(true);
    setUp.start();
    // a configuration of its own: Drools' configurations are not made to be read by two threads
    KiePackagesBuilder packages =
        new KiePackagesBuilder(KieServices.get().newKieBaseConfiguration());
    RuleBase.models(modelClasses).forEach(packages::addModel);
    CanonicalKiePackages compiled = packages.build();
    InternalKnowledgeBase base;
    try {
      base = empty.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error r) {
        throw r;
      }
      throw e;
    }
    base.addPackages(compiled.getKiePackages());
    return base;
  }

  /**
   * Fires the facts: on the base of the one concern that reacts to them, or on all the rules.
   *
   * @return the decisions in the order the rules made them
   */
  List<Decision> fire(Collection<?> facts) {
    int concern = concerns.onlyConcernOf(facts);
    if (concern >= 0) {
      Optional<List<Decision>> alone =
          RuleBase.fire(
              byConcern.get(concern).get(), facts, o -> concerns.reactsOutside(concern, o));
      if (alone.isPresent()) {
        return alone.get();
      }
    }
    return RuleBase.fire(all.get(), facts, null).orElseThrow(IllegalStateException::new);
  }

  /**
   * What has been built so far: the concerns whose base is built, in the order of the concerns,
   * then {@code "all"} if the base of all the rules is.
   */
  List<String> built() {
    List<String> built = new ArrayList<>();
    for (int i = 0; i < byConcern.size(); i++) {
      if (byConcern.get(i).made()) {
        built.add(concerns.concerns().get(i));
      }
    }
    if (all.made()) {
      built.add("all");
    }
    return built;
  }

  /** Builds the concern's base, if it has one, and opens and closes a session on it. */
  void prepare(String concern) {
    int index = concerns.concerns().indexOf(concern);
    if (index >= 0) {
      RuleBase.fire(byConcern.get(index).get(), List.of(), null);
    }
  }
}
