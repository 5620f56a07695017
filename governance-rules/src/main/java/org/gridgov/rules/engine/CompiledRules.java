package org.gridgov.rules.engine;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.drools.compiler.builder.impl.KnowledgeBuilderImpl;
import org.drools.compiler.compiler.PackageRegistry;
import org.drools.core.rule.JavaDialectRuntimeData;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.gridgov.rules.RuleProblem;
import org.kie.internal.builder.KnowledgeBuilder;

/**
 * The classes the Java compiler made of integrator files, verified ({@link RuleBytecode}) before
 * any of them is loaded into a knowledge base, and each refusal put back at the file, rule and line
 * it comes from.
 */
final class CompiledRules {

  private CompiledRules() {}

  /**
   * Verifies what the builder compiled from the sources.
   *
   * @param builder the builder the sources were added to, without errors
   * @param sources the integrator files it compiled
   * @param allowed what the rules may use
   * @return each refused use at its file and line; empty if the code keeps to the list
   */
  static List<RuleProblem> verify(
      KnowledgeBuilder builder, List<RuleSource> sources, RuleAllowList allowed) {
    if (!(builder instanceof KnowledgeBuilderImpl impl) || sources.isEmpty()) {
      return List.of();
    }
    Set<String> packages = new HashSet<>();
    Set<String> declared = new HashSet<>();
    for (RuleSource s : sources) {
      if (s.parsed() != null) {
        packages.add(s.parsed().getName());
        for (TypeDeclarationDescr t : s.parsed().getTypeDeclarations()) {
          declared.add(t.getFullTypeName());
        }
      }
    }
    Map<String, byte[]> bytecode = new LinkedHashMap<>();
    for (String pkg : packages) {
      PackageRegistry registry = impl.getPackageRegistry(pkg);
      if (registry == null) {
        continue;
      }
      var runtime = registry.getPackage().getDialectRuntimeRegistry();
      if (runtime.getDialectData("java") instanceof JavaDialectRuntimeData java) {
        bytecode.putAll(java.getStore());
      }
    }
    RuleBytecode verifier = new RuleBytecode(allowed, impl.getRootClassLoader(), declared);
    // one use may be two instructions (new and its constructor): it is reported once
    Set<RuleProblem> problems = new java.util.LinkedHashSet<>();
    for (RuleBytecode.Finding f : verifier.verify(bytecode)) {
      problems.add(locate(f, sources));
    }
    return List.copyOf(problems);
  }

  /** A finding at the file, rule or function and line of the code it was compiled from. */
  private static RuleProblem locate(RuleBytecode.Finding f, List<RuleSource> sources) {
    String className = f.className().replace('/', '.');
    String outer =
        className.contains("$") ? className.substring(0, className.indexOf('$')) : className;
    String pkg = outer.substring(0, Math.max(outer.lastIndexOf('.'), 0));
    String simple = outer.substring(outer.lastIndexOf('.') + 1);
    for (RuleSource s : sources) {
      if (s.parsed() == null || !pkg.equals(s.parsed().getName())) {
        continue;
      }
      List<String> drl = s.drl().lines().toList();
      for (RuleDescr rule : s.parsed().getRules()) {
        if (Pattern.matches(
            "Rule_" + Pattern.quote(RuleSource.generatedName(rule.getName())) + "\\d+\\w*",
            simple)) {
          // in the consequence, or else in the conditions (an eval)
          int line =
              lineHolding(drl, rule.getConsequenceLine(), rule.getEndLine(), f.search())
                  .or(() -> lineHolding(drl, rule.getLine() + 1, rule.getEndLine(), f.search()))
                  .orElse(rule.getLine());
          return s.problem(
              line, ProblemText.code(f.use(), f.why(), ProblemText.inRule(rule.getName())));
        }
      }
      for (FunctionDescr fn : s.parsed().getFunctions()) {
        String name = fn.getName();
        if (simple.equals(Character.toUpperCase(name.charAt(0)) + name.substring(1))) {
          // after the function's own header, which holds its name
          int header = lineHolding(drl, fn.getLine(), fn.getEndLine(), name).orElse(fn.getLine());
          int line = lineHolding(drl, header + 1, fn.getEndLine(), f.search()).orElse(header);
          return s.problem(line, ProblemText.code(f.use(), f.why(), ProblemText.inFunction(name)));
        }
      }
    }
    RuleSource first = sources.get(0);
    return new RuleProblem(
        first.file(),
        0,
        ProblemText.code(CodeUse.of("inClass", f.use(), className), f.why(), null));
  }

  /**
   * The first line from {@code from} to {@code to} (from 1, both included) of the DRL that holds
   * one of the words a finding searches for, separated by {@code |}: the Java compiler's lines do
   * not map back to the file, its text does.
   */
  private static Optional<Integer> lineHolding(List<String> drl, int from, int to, String search) {
    if (search.isEmpty() || from <= 0) {
      return Optional.empty();
    }
    int last = to >= from ? Math.min(to, drl.size()) : drl.size();
    for (String word : search.split("\\|")) {
      Pattern p = Pattern.compile("(?<![\\w$])" + Pattern.quote(word) + "(?![\\w$])");
      for (int i = from; i <= last; i++) {
        if (p.matcher(drl.get(i - 1)).find()) {
          return Optional.of(i);
        }
      }
    }
    return Optional.empty();
  }
}
