package org.gridgov.rules.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.gridgov.core.common.Message;
import org.gridgov.rules.RuleLoadException;
import org.gridgov.rules.RuleProblem;
import org.gridgov.rules.RuleReview;
import org.gridgov.rules.decision.Decision;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One immutable rule base: the default rules, precompiled into an executable model at build time,
 * plus the rules of the integrator folders, compiled when the base is made.
 *
 * <p>The default rules alone are split by concern, each concern's knowledge base built at its first
 * use ({@link ConcernBases}); with integrator files, all the rules are in one knowledge base, made
 * at once.
 *
 * <p>An integrator file named like a default file (for example {@code sla.drl.csv}, or {@code
 * sla.xlsx} for the same table as a spreadsheet) replaces that default file: the default's package
 * is removed before the integrator's rules are added. An integrator rule with the package and name
 * of a default rule replaces that rule. Both are logged.
 *
 * <p>Logging is set up at its first use rather than when this class loads: the class loads on the
 * host's thread as an engine starts, and the default rules load on another.
 */
final class RuleBase {

  /** Where the kie-maven-plugin lists the model classes it generated, one per rule package. */
  static final String MODEL_INDEX = "META-INF/kie/org.gridgov/governance-rules/drools-model";

  /** The default rule files, each mapped to the single package it declares. */
  static final String DEFAULTS_INDEX = "org/gridgov/rules/default-rules.properties";

  private static final java.util.concurrent.atomic.AtomicLong COMPILATIONS =
      new java.util.concurrent.atomic.AtomicLong();

  /** All the rules in one knowledge base; null while they are split by concern. */
  private final InternalKnowledgeBase kieBase;

  /** The default rules alone, split by concern; null when {@link #kieBase} holds the rules. */
  private final ConcernBases byConcern;

  private final List<String> notes;
  private final Map<String, RuleProblem> origins;
  private final Once<Map<String, String>> titles;

  /** The metadata that gives a rule its Chinese title, the name shown to users. */
  static final String TITLE = "title";

  private RuleBase(
      InternalKnowledgeBase kieBase,
      ConcernBases byConcern,
      List<String> notes,
      Map<String, RuleProblem> origins) {
    this.kieBase = kieBase;
    this.byConcern = byConcern;
    this.notes = List.copyOf(notes);
    this.origins = Map.copyOf(origins);
    this.titles = Once.of(() -> titlesOf(kieBase != null ? kieBase : byConcern.whole()));
  }

  /**
   * Fires the rules over the facts in a session of their own and returns the decisions in the order
   * the rules inserted them.
   */
  List<Decision> fire(Collection<?> facts) {
    return byConcern != null
        ? byConcern.fire(facts)
        : fire(kieBase, facts, null).orElseThrow(IllegalStateException::new);
  }

  /**
   * The titles the rules give themselves with the metadata {@code @title}, by rule name; read once,
   * on the first call.
   */
  Map<String, String> titles() {
    return titles.get();
  }

  private static Map<String, String> titlesOf(InternalKnowledgeBase base) {
    Map<String, String> titles = new java.util.TreeMap<>();
    for (org.kie.api.definition.KiePackage p : base.getKiePackages()) {
      for (org.kie.api.definition.rule.Rule r : p.getRules()) {
        Object title = r.getMetaData().get(TITLE);
        if (title != null && !title.toString().isBlank()) {
          titles.put(r.getName(), unquoted(title.toString().strip()));
        }
      }
    }
    return Map.copyOf(titles);
  }

  /** A metadata value as written, without the quotes a text is written in. */
  private static String unquoted(String value) {
    return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
        ? value.substring(1, value.length() - 1)
        : value;
  }

  /**
   * Makes ready, ahead of the first call, what a call that fires the rules of the concern needs:
   * its knowledge base if the rules are split by concern, and the classes of a session.
   */
  void prepare(String concern) {
    if (byConcern != null) {
      byConcern.prepare(concern);
    } else {
      fire(List.of());
    }
  }

  /**
   * Fires the facts in a new session of the base. The agenda fires in a fixed order for the same
   * rules and the same facts inserted in the same order, so the order of the decisions is stable
   * without sorting.
   *
   * @param outside says which inserted objects this base cannot decide on: the rules of another
   *     base react to them; null if this base holds all the rules
   * @return the decisions, or empty if an object {@code outside} refuses was inserted
   */
  static Optional<List<Decision>> fire(
      InternalKnowledgeBase base, Collection<?> facts, Predicate<Object> outside) {
    KieSession session = base.newKieSession();
    List<Decision> decisions = new ArrayList<>();
    boolean[] left = {false};
    // the rule that inserted last: the one a call that reaches its bound is stopped in
    Rule[] lastInserting = {null};
    session.addEventListener(
        new DefaultRuleRuntimeEventListener() {
          @Override
          public void objectInserted(ObjectInsertedEvent event) {
            Object inserted = event.getObject();
            lastInserting[0] = event.getRule();
            if (inserted instanceof Decision d) {
              decisions.add(d);
            }
            if (outside != null && !left[0] && inserted != null && outside.test(inserted)) {
              left[0] = true;
            }
          }
        });
    int bound = RuleLimits.firingBound(facts.size());
    try {
      for (Object fact : facts) {
        session.insert(fact);
      }
      int fired = session.fireAllRules(bound);
      if (fired >= bound) {
        throw RuleLimits.firings(lastInserting[0], bound, facts.size());
      }
    } catch (StackOverflowError e) {
      throw RuleLimits.stack(lastInserting[0]);
    } finally {
      session.dispose();
    }
    return left[0] ? Optional.empty() : Optional.of(decisions);
  }

  /** What the integrator folders replaced, for logs and tests. */
  List<String> notes() {
    return notes;
  }

  /**
   * A rule of an integrator that compiles but fails when the catalogue is asked for, at the file
   * and line where it is written.
   *
   * @param pkg the rule's package
   * @param rule the rule's name
   * @param cause what it failed with, as the exception says it
   * @return the problem at the rule's file and line (its row, in a decision table); empty for a
   *     default rule
   */
  Optional<RuleProblem> problemIn(String pkg, String rule, String cause) {
    RuleProblem origin = origins.get(pkg + "\u0000" + rule);
    return origin == null
        ? Optional.empty()
        : Optional.of(
            new RuleProblem(
                origin.file(), origin.line(), ProblemText.of("catalogue", origin.text(), cause)));
  }

  /** Whether the default rules were precompiled into an executable model at build time. */
  static boolean precompiled() {
    return RuleBase.class.getClassLoader().getResource(MODEL_INDEX) != null;
  }

  /**
   * Loads the defaults and compiles the folders, whose files may use what the allow-list allows.
   *
   * @throws RuleLoadException if any integrator file has a problem
   */
  static RuleBase load(List<Path> folders, RuleAllowList allowed) {
    if (folders.isEmpty()) {
      Optional<ConcernBases> split = ConcernBases.of(modelClasses());
      if (split.isPresent()) {
        return new RuleBase(null, split.get(), List.of(), Map.of());
      }
    }
    Compiled compiled = compileFolders(folders, allowed);
    if (!compiled.problems().isEmpty()) {
      throw new RuleLoadException(compiled.problems());
    }
    return compiled.assemble();
  }

  /** Integrator folders compiled: their files, what the compiler made, and the problems. */
  private record Compiled(
      List<IntegratorFile> files,
      KnowledgeBuilder builder,
      List<RuleProblem> problems,
      Map<String, RuleProblem> origins) {

    /** The default rules with the folders' rules, replacing defaults of the same file name. */
    RuleBase assemble() {
      return RuleBase.assemble(files, builder, origins);
    }
  }

  private static Compiled compileFolders(List<Path> folders, RuleAllowList allowed) {
    List<RuleProblem> problems = new ArrayList<>();
    List<IntegratorFile> files = new ArrayList<>();
    for (Path folder : folders) {
      files.addAll(files(folder, problems));
    }
    Map<String, RuleProblem> origins = new LinkedHashMap<>();
    KnowledgeBuilder builder = compile(files, problems, new RuleFileGuard(allowed), origins);
    return new Compiled(files, builder, problems, origins);
  }

  private static RuleBase assemble(
      List<IntegratorFile> files, KnowledgeBuilder builder, Map<String, RuleProblem> origins) {
    Map<String, String> defaults = defaults();
    Map<String, String> byBaseName = new LinkedHashMap<>();
    Map<String, String> fileByBaseName = new LinkedHashMap<>();
    defaults.forEach(
        (file, pkg) -> {
          byBaseName.put(baseName(file), pkg);
          fileByBaseName.put(baseName(file), file.substring(file.lastIndexOf('/') + 1));
        });
    InternalKnowledgeBase base = defaultBase(defaults);
    List<String> notes = new ArrayList<>();
    for (IntegratorFile f : files) {
      String replaced = byBaseName.get(baseName(f.name()));
      if (replaced != null && base.getKiePackage(replaced) != null) {
        base.removeKiePackage(replaced);
        notes.add(
            f.display()
                + " replaces the default "
                + fileByBaseName.get(baseName(f.name()))
                + " (package "
                + replaced
                + ")");
      }
    }
    if (builder != null) {
      for (KiePackage pkg : builder.getKnowledgePackages()) {
        for (Rule rule : pkg.getRules()) {
          if (base.getRule(pkg.getName(), rule.getName()) != null) {
            notes.add(
                "integrator rule \""
                    + rule.getName()
                    + "\" replaces the default rule of that name in "
                    + pkg.getName());
          }
        }
      }
      base.addPackages(builder.getKnowledgePackages());
    }
    if (!notes.isEmpty()) {
      Logger log = LoggerFactory.getLogger(RuleBase.class);
      notes.forEach(n -> log.info("{}", n));
    }
    return new RuleBase(base, null, notes, origins);
  }

  /**
   * A rule file's name without its folder and its rule-file extension: {@code sla} for {@code
   * org/gridgov/rules/escalation/sla/sla.drl.csv}, and for {@code sla.xlsx}, so that a table may
   * replace a default in another format.
   */
  static String baseName(String file) {
    String name = file.substring(file.lastIndexOf('/') + 1);
    String lower = name.toLowerCase(Locale.ROOT);
    for (String ext : List.of(".drl.csv", ".drl.xlsx", ".drl.xls", ".xlsx", ".xls", ".drl")) {
      if (lower.endsWith(ext)) {
        return name.substring(0, name.length() - ext.length());
      }
    }
    return name;
  }

  /** Compiles integrator folders against the default rules without making a base. */
  static List<RuleProblem> check(List<Path> folders, RuleAllowList allowed) {
    return List.copyOf(compileFolders(folders, allowed).problems());
  }

  /**
   * Compiles integrator folders against the default rules without making an engine, and checks what
   * they mean ({@link RuleMeaning}): first what the files say, then, if they compile, what the
   * loaded rules compute.
   */
  static RuleReview review(List<Path> folders, RuleAllowList allowed) {
    Compiled compiled = compileFolders(folders, allowed);
    List<RuleSource> sources = new ArrayList<>();
    for (IntegratorFile f : compiled.files()) {
      try {
        RuleSource.read(
                f.display(), f.name(), f.bytes(), "meaning/" + f.display(), new ArrayList<>())
            .ifPresent(sources::add);
      } catch (UncheckedIOException e) {
        // reported by the compilation
      }
    }
    List<RuleProblem> said = RuleMeaning.read(sources, RuleMeaning.defaultCategories());
    List<RuleProblem> problems = new ArrayList<>(compiled.problems());
    // the compiler's own word on a file, without a line, is dropped where a line says more
    problems.removeIf(p -> p.line() == 0 && said.stream().anyMatch(s -> s.file().equals(p.file())));
    problems.addAll(said);
    if (!compiled.problems().isEmpty()) {
      return new RuleReview(problems.stream().distinct().toList(), List.of());
    }
    RuleBase base = compiled.assemble();
    try {
      problems.addAll(
          RuleMeaning.catalogue(sources, base.fire(DefaultCatalogue.catalogueRequest())));
    } catch (RuntimeException e) {
      problems.add(DroolsEngine.catalogueProblem(base, e));
    }
    return new RuleReview(problems.stream().distinct().toList(), base.notes());
  }

  private static InternalKnowledgeBase defaultBase(Map<String, String> defaults) {
    List<String> modelClasses = modelClasses();
    if (!modelClasses.isEmpty()) {
      return KieBaseBuilder.createKieBaseFromModel(models(modelClasses));
    }
    // Without the precompiled model (sources run straight from an IDE), compile the defaults now.
    LoggerFactory.getLogger(RuleBase.class)
        .warn("no precompiled rules at {}; compiling the default rules at start-up", MODEL_INDEX);
    List<RuleProblem> problems = new ArrayList<>();
    List<IntegratorFile> files = new ArrayList<>();
    for (String file : defaults.keySet()) {
      files.add(IntegratorFile.classpath(file));
    }
    // the defaults are trusted: they are not guarded (a test checks they would pass)
    KnowledgeBuilder builder = compile(files, problems, null, new LinkedHashMap<>());
    if (!problems.isEmpty()) {
      throw new RuleLoadException(problems);
    }
    InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase();
    base.addPackages(builder.getKnowledgePackages());
    return base;
  }

  /**
   * The model classes the build generated from the default rules, one per rule package, in the
   * order of its index; empty without the precompiled model.
   */
  static List<String> modelClasses() {
    List<String> names = new ArrayList<>();
    for (String line : resourceLines(MODEL_INDEX).orElse(List.of())) {
      String name = line.trim();
      if (!name.isEmpty() && !name.startsWith("Drools-Model-Version")) {
        names.add(name);
      }
    }
    return names;
  }

  /** The lines of a text file on the class path, in UTF-8; empty if it is not there. */
  static Optional<List<String>> resourceLines(String resource) {
    try (InputStream in = RuleBase.class.getClassLoader().getResourceAsStream(resource)) {
      return in == null
          ? Optional.empty()
          : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** New instances of the model classes, in their order. */
  static List<Model> models(List<String> modelClasses) {
    ClassLoader cl = RuleBase.class.getClassLoader();
    List<Model> models = new ArrayList<>(modelClasses.size());
    try {
      for (String name : modelClasses) {
        models.add((Model) cl.loadClass(name).getDeclaredConstructor().newInstance());
      }
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(
          "the precompiled rules in " + MODEL_INDEX + " do not load", e);
    }
    return models;
  }

  /** The default files by simple name, each with its package. */
  static Map<String, String> defaults() {
    Properties index = new Properties();
    try (InputStream in = RuleBase.class.getClassLoader().getResourceAsStream(DEFAULTS_INDEX)) {
      if (in == null) {
        throw new IllegalStateException(DEFAULTS_INDEX + " is missing from the class path");
      }
      index.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> byPath = new LinkedHashMap<>();
    index.stringPropertyNames().stream().sorted().forEach(k -> byPath.put(k, index.getProperty(k)));
    return byPath;
  }

  private static List<IntegratorFile> files(Path folder, List<RuleProblem> problems) {
    if (!Files.isDirectory(folder)) {
      problems.add(new RuleProblem(folder.toString(), 0, ProblemText.of("notAFolder")));
      return List.of();
    }
    List<IntegratorFile> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        String display = folder.relativize(p).toString();
        if (name.endsWith(".drl")
            || name.endsWith(".drl.csv")
            || name.endsWith(".xlsx")
            || name.endsWith(".xls")) {
          files.add(IntegratorFile.path(p, display));
        } else if (name.endsWith(".csv")) {
          problems.add(
              new RuleProblem(
                  display,
                  0,
                  ProblemText.of(
                      "csvName",
                      p.getFileName().toString().replaceAll("(?i)\\.csv$", ".drl.csv"))));
        }
      }
    } catch (IOException e) {
      problems.add(
          new RuleProblem(
              folder.toString(), 0, ProblemText.of("unreadable", String.valueOf(e.getMessage()))));
    }
    return files;
  }

  /**
   * Compiles the files. With a guard, a file that uses what the allow-list does not allow is
   * reported and not compiled. Every file is checked first for what Drools would compile and then
   * fail on or ignore: decision tables' unknown column headers and unclosed quotes, and rule
   * attributes the engine cannot honour.
   *
   * @param origins where to note, by package and name, where each compiled rule is written
   */
  private static KnowledgeBuilder compile(
      Collection<IntegratorFile> files,
      List<RuleProblem> problems,
      RuleFileGuard guard,
      Map<String, RuleProblem> origins) {
    if (files.isEmpty()) {
      return null;
    }
    KnowledgeBuilderConfiguration config =
        KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(
            null, RuleBase.class.getClassLoader());
    KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(config);
    // A unique path per compilation: the compiler caches by source path, and would otherwise
    // report an error of a file that has since been fixed (see ReloadAfterFixTest).
    String prefix = "compilation-" + COMPILATIONS.incrementAndGet() + "/";
    List<RuleSource> sources = new ArrayList<>();
    for (IntegratorFile f : files) {
      byte[] bytes;
      try {
        bytes = f.bytes();
      } catch (UncheckedIOException e) {
        problems.add(
            new RuleProblem(f.display(), 0, "cannot be read: " + e.getCause().getMessage()));
        continue;
      }
      RuleSource.read(f.display(), f.name(), bytes, prefix + f.display(), problems)
          .ifPresent(sources::add);
    }
    // files of one package share their imports, so the guard reads them all before it judges one
    List<List<RuleProblem>> refusals = guard == null ? null : guard.check(sources);
    Map<String, RuleSource> byPath = new LinkedHashMap<>();
    for (int i = 0; i < sources.size(); i++) {
      RuleSource source = sources.get(i);
      List<RuleProblem> refused = new ArrayList<>();
      if (refusals != null) {
        refusals.get(i).forEach(p -> refused.add(source.problem(p.line(), p.text())));
      }
      if (guard != null) {
        RuleConstructs.unicodeEscapes(source.file(), source.drl())
            .forEach(p -> refused.add(source.problem(p.line(), p.text())));
        RuleConstructs.invisibleCharacters(source.file(), source.drl())
            .forEach(p -> refused.add(source.problem(p.line(), p.text())));
      }
      if (source.parsed() != null) {
        RuleAttributes.check(source.file(), source.parsed(), source.table())
            .forEach(p -> refused.add(source.problem(p.line(), p.text())));
        if (guard != null) {
          // an attribute refused above is not refused twice
          java.util.Set<Integer> attributeLines = new java.util.HashSet<>();
          RuleAttributes.check(source.file(), source.parsed(), source.table())
              .forEach(p -> attributeLines.add(p.line()));
          RuleConstructs.check(source.file(), source.drl(), source.parsed()).stream()
              .filter(p -> !attributeLines.contains(p.line()))
              .forEach(p -> refused.add(source.problem(p.line(), p.text())));
        }
      }
      if (!refused.isEmpty()) {
        problems.addAll(refused);
        continue;
      }
      byPath.put(source.resource().getSourcePath(), source);
      if (source.parsed() != null) {
        String pkg = source.parsed().getName();
        for (RuleDescr rule : source.parsed().getRules()) {
          origins.put(
              pkg + "\u0000" + rule.getName(),
              source.problem(rule.getLine(), ProblemText.of("rule", rule.getName())));
        }
      }
      try {
        builder.add(source.resource(), ResourceType.DRL);
      } catch (NoClassDefFoundError e) {
        problems.add(new RuleProblem(source.file(), 0, RuleSource.missingClass(e)));
      } catch (RuntimeException e) {
        problems.add(source.compilerProblem(0, String.valueOf(e.getMessage())));
      }
    }
    if (guard != null && !builder.hasErrors() && !byPath.isEmpty()) {
      // what runs: the classes the Java compiler made, before any is loaded into a knowledge base
      problems.addAll(
          CompiledRules.verify(builder, List.copyOf(byPath.values()), guard.allowList()));
    }
    for (KnowledgeBuilderError e : builder.getErrors()) {
      if (String.valueOf(e.getMessage()).startsWith("Parser returned a null Package")) {
        continue; // follows from a syntax error reported on its own line
      }
      int[] lines = e.getLines();
      int line = lines.length > 0 ? lines[0] : 0;
      RuleSource source =
          e.getResource() == null ? null : byPath.get(e.getResource().getSourcePath());
      int inConsequence = source == null ? 0 : ConsequenceLines.of(e, source.drl());
      line = inConsequence > 0 ? inConsequence : line;
      problems.add(
          source == null
              ? new RuleProblem(
                  "(unknown file)",
                  line,
                  ProblemText.compiler(Message.text(RuleSource.cleaned(e.getMessage()))))
              : source.compilerProblem(line, e.getMessage()));
    }
    return builder;
  }

  /** A rule file to compile: from an integrator folder, or a default from the class path. */
  private record IntegratorFile(String display, String name, Path path) {

    static IntegratorFile path(Path path, String display) {
      return new IntegratorFile(display, path.getFileName().toString(), path);
    }

    static IntegratorFile classpath(String resource) {
      return new IntegratorFile(resource, resource.substring(resource.lastIndexOf('/') + 1), null);
    }

    byte[] bytes() {
      try {
        if (path != null) {
          return Files.readAllBytes(path);
        }
        try (InputStream in = RuleBase.class.getClassLoader().getResourceAsStream(display)) {
          if (in == null) {
            throw new IOException(display + " is missing from the class path");
          }
          return in.readAllBytes();
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
