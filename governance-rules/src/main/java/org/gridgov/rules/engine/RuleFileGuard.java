package org.gridgov.rules.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.QualifiedName;
import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.drl.ast.descr.TypeFieldDescr;
import org.gridgov.core.common.Message;
import org.gridgov.rules.RuleProblem;
import org.gridgov.rules.engine.RuleTokens.Kind;
import org.gridgov.rules.engine.RuleTokens.Token;
import org.kie.internal.builder.KnowledgeBuilderFactory;

/**
 * Refuses, in integrator rule files read by Drools' own parser, the uses outside a {@link
 * RuleAllowList} that the check of the compiled code ({@link RuleBytecode}) cannot see, because
 * they never become bytecode the engine could read before they run.
 *
 * <p>The Java compiler turns consequences, functions, {@code eval}s and inline accumulate code into
 * classes, and {@link RuleBytecode} verifies those by the types they touch. What is left is read
 * here, from the parsed file (the descriptors), never from a reading of the text of its own:
 *
 * <ul>
 *   <li>The declarations: imports, which must be on the allow-list (function and accumulate imports
 *       are refused whatever the list); the types of globals, of declared types' fields and super
 *       types, of query parameters and of the facts a pattern matches.
 *   <li>The expressions Drools evaluates with MVEL when a rule is matched: constraints, {@code
 *       from} sources and the arguments of accumulate functions. MVEL resolves names and members
 *       only when it runs them, so these are judged by the names written, which is why this part
 *       needs their text: every identifier of the expression is looked at ({@link RuleTokens}). A
 *       name that resolves to a class (qualified, or simple through the file's imports, its
 *       package, {@code java.lang} and the names MVEL adds) must be on the list; members that reach
 *       past the allowed types on any receiver ({@code getClass}, class loaders, reflective
 *       look-ups, {@code exit} ...) or from an allowed type ({@link RuleReach}) are refused, and so
 *       are the variables that reach the rule session.
 * </ul>
 *
 * <p>Unicode escapes, which would make Drools and the Java compiler read different code, are
 * refused before anything is read ({@link RuleConstructs#unicodeEscapes}), so there is one reading.
 * The files of one compilation are read together: the files of one package share their imports.
 * Each refusal is a {@link RuleProblem} naming the file, the line and the use. A guard caches class
 * look-ups and is meant for one compilation on one thread.
 */
final class RuleFileGuard {

  /** Members that reach a type, whatever their receiver, with the type they reach. */
  private static final Map<String, String> MEMBERS = members();

  /** The variables Drools gives rule code that reach the session, with the types they reach. */
  private static final Map<String, String> SESSION =
      Map.of(
          "drools", "org.drools.core.rule.consequence.KnowledgeHelper",
          "kcontext", "org.kie.api.runtime.rule.RuleContext",
          "consequenceCtx", "org.drools.base.rule.consequence.ConsequenceContext",
          "_workingMemory_", "org.kie.api.runtime.KieRuntime",
          "entryPoints", "org.kie.api.runtime.rule.EntryPoint",
          "exitPoints", "org.kie.api.runtime.Channel",
          "channels", "org.kie.api.runtime.Channel");

  /**
   * Names a rule may use without being resolved: Java and DRL keywords, none of which is a class.
   */
  private static final Set<String> KEYWORDS =
      Set.of(
          "abstract",
          "assert",
          "boolean",
          "break",
          "byte",
          "case",
          "catch",
          "char",
          "class",
          "const",
          "continue",
          "default",
          "do",
          "double",
          "else",
          "enum",
          "extends",
          "final",
          "finally",
          "float",
          "for",
          "goto",
          "if",
          "implements",
          "instanceof",
          "int",
          "interface",
          "long",
          "native",
          "new",
          "private",
          "protected",
          "public",
          "return",
          "short",
          "static",
          "strictfp",
          "super",
          "switch",
          "this",
          "throw",
          "throws",
          "transient",
          "try",
          "void",
          "volatile",
          "while",
          "var",
          "yield",
          "record",
          "true",
          "false",
          "null",
          "when",
          "then",
          "end",
          "query",
          "function",
          "global",
          "declare",
          "salience",
          "enabled",
          "dialect",
          "not",
          "exists",
          "forall",
          "from",
          "collect",
          "accumulate",
          "acc",
          "init",
          "action",
          "reverse",
          "result",
          "over",
          "window",
          "eval",
          "and",
          "or",
          "in",
          "matches",
          "memberOf",
          "contains",
          "excludes",
          "soundslike",
          "str",
          "modify",
          "update",
          "retract",
          "delete",
          "insert",
          "insertLogical");

  /**
   * Packages a rule file may not declare: its rules would resolve the package's classes without an
   * import, and the JVM refuses to define classes in some of them.
   */
  private static final List<String> RESERVED_PACKAGES =
      List.of("java", "javax", "jdk", "sun", "com.sun", "org.drools", "org.kie", "org.mvel2");

  /** Simple names that Drools and MVEL resolve outside the file's imports. */
  private static final Map<String, String> IMPLICIT =
      Map.of(
          "Array", "java.lang.reflect.Array",
          "KnowledgeHelper", "org.drools.core.rule.consequence.KnowledgeHelper");

  private final RuleAllowList allowed;
  private final Map<String, String> reaching;
  private final List<ClassLoader> loaders;
  private final Map<String, Optional<Class<?>>> classes = new HashMap<>();

  RuleFileGuard(RuleAllowList allowed) {
    this.allowed = allowed;
    Set<ClassLoader> ls = new LinkedHashSet<>();
    ls.add(RuleBase.class.getClassLoader());
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    if (context != null) {
      ls.add(context);
    }
    ls.add(KnowledgeBuilderFactory.class.getClassLoader());
    this.loaders = List.copyOf(ls);
    this.reaching = RuleReach.of(allowed, RuleBase.class.getClassLoader());
  }

  /** The allow-list this guard checks against. */
  RuleAllowList allowList() {
    return allowed;
  }

  private static Map<String, String> members() {
    Map<String, String> m = new HashMap<>();
    for (String s :
        List.of("getClass", "class", "getDeclaringClass", "declaringClass", "forName")) {
      m.put(s, "java.lang.Class");
    }
    for (String s :
        List.of("getClassLoader", "classLoader", "getContextClassLoader", "contextClassLoader")) {
      m.put(s, "java.lang.ClassLoader");
    }
    for (String s : List.of("getRuntime", "exec", "halt", "loadLibrary")) {
      m.put(s, "java.lang.Runtime");
    }
    for (String s :
        List.of("exit", "getenv", "getInteger", "getLong", "getBoolean", "setDefault")) {
      m.put(s, "java.lang.System");
    }
    for (String s : List.of("wait", "notify", "notifyAll")) {
      m.put(s, "java.lang.Thread");
    }
    for (String s :
        List.of(
            "getMethod",
            "getMethods",
            "getDeclaredMethod",
            "getDeclaredMethods",
            "getField",
            "getFields",
            "getDeclaredField",
            "getDeclaredFields",
            "getConstructor",
            "getConstructors",
            "getDeclaredConstructor",
            "getDeclaredConstructors",
            "setAccessible",
            "newInstance",
            "invoke")) {
      m.put(s, "java.lang.reflect.Method");
    }
    return Map.copyOf(m);
  }

  /**
   * Checks the files of one compilation. They are read together because the files of one package
   * share their imports: a name in one file may resolve through another file's import.
   *
   * @param sources the files
   * @return for each file, in order, its refused uses at lines of its DRL; empty if it passes
   */
  List<List<RuleProblem>> check(List<RuleSource> sources) {
    Map<String, Scope> packages = new HashMap<>();
    for (RuleSource source : sources) {
      PackageDescr parsed = source.partial();
      if (parsed != null) {
        Scope shared = packages.computeIfAbsent(packageOf(parsed), pkg -> new Scope(pkg));
        parsed.getImports().forEach(i -> shared.addImport(i.getTarget()));
      }
    }
    List<List<RuleProblem>> refusals = new ArrayList<>();
    for (RuleSource source : sources) {
      // a file with syntax errors does not compile, but is refused for what it does declare too
      PackageDescr parsed = source.partial();
      if (parsed == null) {
        refusals.add(List.of());
        continue;
      }
      List<Finding> findings = new ArrayList<>();
      new FileCheck(packages.get(packageOf(parsed)), findings).run(parsed);
      List<RuleDescr> rules = source.table() ? parsed.getRules() : List.<RuleDescr>of();
      refusals.add(problems(source.file(), findings, rules));
    }
    return refusals;
  }

  private static String packageOf(PackageDescr parsed) {
    return parsed.getName() == null ? "" : parsed.getName();
  }

  /**
   * One refused use: a use not on the allow-list ({@link CodeUse}, or a message of its own), or a
   * refusal of its own words ({@code fixed}). {@code member} marks a refusal found on a member name
   * alone, dropped when the same line has a refusal of the class it is called on.
   */
  private record Finding(int line, String subject, Message use, Message fixed, boolean member) {

    Finding(int line, String subject, Message use, boolean member) {
      this(line, subject, use, null, member);
    }

    static Finding fixed(int line, String subject, Message message) {
      return new Finding(line, subject, message, message, false);
    }
  }

  private static List<RuleProblem> problems(
      String file, List<Finding> findings, List<RuleDescr> rules) {
    Map<String, Finding> unique = new LinkedHashMap<>();
    Set<Integer> linesWithAClass = new HashSet<>();
    for (Finding f : findings) {
      unique.putIfAbsent(f.line() + "\u0000" + f.subject(), f);
      if (!f.member()) {
        linesWithAClass.add(f.line());
      }
    }
    List<RuleProblem> problems = new ArrayList<>();
    unique.values().stream()
        .filter(f -> !f.member() || !linesWithAClass.contains(f.line()))
        .sorted(Comparator.comparingInt(Finding::line))
        .forEach(
            f -> {
              Message where = ruleAt(rules, f.line()).map(ProblemText::inRule).orElse(null);
              Message message =
                  f.fixed() != null ? f.fixed() : ProblemText.notAllowed(f.use(), where);
              problems.add(new RuleProblem(file, f.line(), message));
            });
    return problems;
  }

  private static Optional<String> ruleAt(List<RuleDescr> rules, int line) {
    RuleDescr found = null;
    for (RuleDescr r : rules) {
      if (r.getLine() > 0
          && r.getLine() <= line
          && (found == null || r.getLine() > found.getLine())) {
        found = r;
      }
    }
    return found == null || (found.getEndLine() > 0 && found.getEndLine() < line)
        ? Optional.empty()
        : Optional.of(found.getName());
  }

  /** A package's name and the imports of its files, which simple names resolve through. */
  private static final class Scope {
    final String pkg;
    final Map<String, String> singles = new LinkedHashMap<>();
    final Set<String> wildcards = new LinkedHashSet<>();

    Scope(String pkg) {
      this.pkg = pkg;
    }

    void addImport(String target) {
      if (target.endsWith(".*")) {
        wildcards.add(target.substring(0, target.length() - 2));
      } else {
        singles.put(target.substring(target.lastIndexOf('.') + 1), target);
      }
    }
  }

  /** The identifiers of a dotted name starting at i. */
  private static List<String> qualified(List<Token> tokens, int i) {
    List<String> parts = new ArrayList<>();
    int j = i;
    while (j < tokens.size() && tokens.get(j).kind() == Kind.IDENT) {
      parts.add(tokens.get(j).text());
      if (j + 2 < tokens.size()
          && tokens.get(j + 1).is(".")
          && tokens.get(j + 2).kind() == Kind.IDENT) {
        j += 2;
      } else {
        break;
      }
    }
    return parts;
  }

  /** Whether the token at i starts a name: it does not follow a member access. */
  private static boolean headAt(List<Token> tokens, int i) {
    if (tokens.get(i).kind() != Kind.IDENT) {
      return false;
    }
    if (i == 0) {
      return true;
    }
    Token prev = tokens.get(i - 1);
    return !(prev.is(".") || prev.is("::") || prev.is("?") && i >= 2 && tokens.get(i - 2).is("."));
  }

  /** The checks of one parsed file: its declarations from the descriptors, its MVEL expressions. */
  private final class FileCheck {
    private final Scope scope;
    private final List<Finding> findings;

    FileCheck(Scope scope, List<Finding> findings) {
      this.scope = scope;
      this.findings = findings;
    }

    void run(PackageDescr parsed) {
      String pkg = packageOf(parsed);
      if (RESERVED_PACKAGES.stream().anyMatch(r -> pkg.equals(r) || pkg.startsWith(r + "."))) {
        findings.add(
            Finding.fixed(
                Math.max(parsed.getLine(), 1), pkg, ProblemText.of("reservedPackage", pkg)));
      }
      for (ImportDescr i : parsed.getImports()) {
        importOf(i.getTarget(), i.getLine());
      }
      for (ImportDescr i : parsed.getFunctionImports()) {
        String written = i.getTarget();
        findings.add(
            Finding.fixed(i.getLine(), written, ProblemText.of("importsFunction", written)));
      }
      for (ImportDescr i : parsed.getAccumulateImports()) {
        String written = i.getTarget();
        findings.add(
            Finding.fixed(i.getLine(), written, ProblemText.of("importsAccumulate", written)));
      }
      for (GlobalDescr g : parsed.getGlobals()) {
        declared(g.getType(), g.getLine(), "declaresGlobal");
      }
      for (TypeDeclarationDescr type : parsed.getTypeDeclarations()) {
        for (QualifiedName superType : type.getSuperTypes()) {
          declared(superType.getFullName(), type.getLine(), "declaresSuperType");
        }
        for (TypeFieldDescr field : type.getFields().values()) {
          if (field.getPattern() != null) {
            int line = field.getLine() > 0 ? field.getLine() : type.getLine();
            declared(field.getPattern().getObjectType(), line, "declaresField");
          }
        }
      }
      for (RuleDescr rule : parsed.getRules()) {
        if (rule instanceof QueryDescr query && query.getParameterTypes() != null) {
          for (String t : query.getParameterTypes()) {
            declared(t, rule.getLine(), "declaresQueryParameter");
          }
        }
        if (rule.getLhs() != null) {
          condition(rule.getLhs(), rule.getLine());
        }
      }
    }

    private void importOf(String target, int line) {
      if (target.endsWith(".*")) {
        String name = target.substring(0, target.length() - 2);
        if (!allowed.permitsWildcard(name)) {
          findings.add(new Finding(line, target, ProblemText.of("imports", target), false));
        }
        return;
      }
      Optional<Class<?>> c = loadNested(target);
      if (c.isPresent() && !allowed.permits(c.get())) {
        findings.add(
            new Finding(line, c.get().getName(), ProblemText.of("imports", target), false));
      }
    }

    /** A type written in a declaration, which must be on the list; {@code key} says what it is. */
    private void declared(String written, int line, String key) {
      if (written == null || written.isBlank()) {
        return;
      }
      String name = written.replaceAll("<.*", "").replace("[]", "").strip();
      List<Class<?>> candidates = new ArrayList<>(resolveSimple(name));
      if (candidates.isEmpty() && name.contains(".")) {
        loadNested(name).ifPresent(candidates::add);
      }
      candidates.stream()
          .filter(c -> !allowed.permits(c))
          .findFirst()
          .ifPresent(
              c ->
                  findings.add(
                      new Finding(line, c.getName(), ProblemText.of(key, c.getName()), false)));
    }

    /**
     * A condition of a rule, walked as Drools parsed it: patterns with their types, constraints and
     * sources, and the conditional elements around them.
     */
    private void condition(BaseDescr d, int outerLine) {
      int line = d.getLine() > 0 ? d.getLine() : outerLine;
      if (d instanceof PatternDescr p) {
        declared(p.getObjectType(), line, "matchesFacts");
        for (BaseDescr c : p.getDescrs()) {
          condition(c, line);
        }
        if (p.getSource() != null) {
          condition(p.getSource(), line);
        }
      } else if (d instanceof ExprConstraintDescr e) {
        expression(e.getExpression(), line);
      } else if (d instanceof FromDescr f) {
        expression(f.getDataSource().getText(), line);
      } else if (d instanceof AccumulateDescr a) {
        if (a.getInput() != null) {
          condition(a.getInput(), line);
        }
        for (AccumulateDescr.AccumulateFunctionCallDescr fn : a.getFunctions()) {
          for (String param : fn.getParams()) {
            expression(param, line);
          }
        }
      } else if (d instanceof CollectDescr c) {
        if (c.getInputPattern() != null) {
          condition(c.getInputPattern(), line);
        }
      } else if (d instanceof ConditionalElementDescr ce) {
        // and, or, not, exists, forall; an eval is Java, and verified as bytecode
        for (BaseDescr c : ce.getDescrs()) {
          if (c != null) {
            condition(c, line);
          }
        }
      }
    }

    /**
     * The classes a simple name may mean: through a single import, the file's package, its wildcard
     * imports, {@code java.lang} and the names Drools and MVEL add. All are returned, since DRL and
     * MVEL do not look them up in the same order.
     */
    private List<Class<?>> resolveSimple(String name) {
      List<Class<?>> found = new ArrayList<>();
      String single = scope.singles.get(name);
      if (single != null) {
        loadNested(single).ifPresent(found::add);
      }
      if (name.startsWith("$") || name.contains(".")) {
        return found; // a binding, or a qualified name the caller loads itself
      }
      if (!scope.pkg.isEmpty()) {
        load(scope.pkg + "." + name).ifPresent(found::add);
      }
      if (!Character.isUpperCase(name.charAt(0))) {
        // a field, variable or function: java.lang and the allowed packages name their classes
        // with a capital, and a wildcard import of any other package is refused
        return found;
      }
      for (String w : scope.wildcards) {
        Optional<Class<?>> c = load(w + "." + name);
        if (c.isEmpty() && loadNested(w).isPresent()) {
          c = loadNested(w + "." + name);
        }
        c.ifPresent(found::add);
      }
      load("java.lang." + name).ifPresent(found::add);
      if (IMPLICIT.containsKey(name)) {
        load(IMPLICIT.get(name)).ifPresent(found::add);
      }
      return found;
    }

    /** An expression MVEL evaluates, starting at a line of the file. */
    private void expression(String text, int line) {
      if (text == null || text.isBlank()) {
        return;
      }
      List<Token> tokens = RuleTokens.of(text);
      new Scan(tokens, line - 1).run();
    }

    /** One expression, looked through token by token. */
    private final class Scan {
      private final List<Token> tokens;
      private final int lineOffset;

      Scan(List<Token> tokens, int lineOffset) {
        this.tokens = tokens;
        this.lineOffset = lineOffset;
      }

      void run() {
        int i = 0;
        while (i < tokens.size()) {
          i = step(i);
        }
      }

      private Token at(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i) : null;
      }

      private boolean is(int i, String text) {
        Token t = at(i);
        return t != null && t.is(text);
      }

      private boolean isIdent(int i) {
        Token t = at(i);
        return t != null && t.kind() == Kind.IDENT;
      }

      /** Looks at the token at i and returns the index of the next token to look at. */
      private int step(int i) {
        Token t = tokens.get(i);
        if (t.kind() == Kind.STRING && is(i - 1, "[") && MEMBERS.containsKey(t.text())) {
          member(t, CodeUse.of("indexed", t.text()), t.text());
          return i + 1;
        }
        if (t.kind() != Kind.IDENT) {
          return i + 1;
        }
        String name = t.text();
        if (!headAt(tokens, i)) {
          if (MEMBERS.containsKey(name)) {
            member(t, memberUse(i), name);
          } else if (reaching.containsKey(name)) {
            add(t, "member", CodeUse.reaches(memberUse(i), reaching.get(name)), true);
          }
          return i + 1;
        }
        if (MEMBERS.containsKey(name) && is(i + 1, "(")) {
          member(t, memberUse(i), name);
          return i + 1;
        }
        if (SESSION.containsKey(name)) {
          reaches(t, SESSION.get(name), name);
          return i + 1;
        }
        if (KEYWORDS.contains(name)) {
          return i + 1;
        }
        return typeReference(i);
      }

      private Message memberUse(int i) {
        String name = tokens.get(i).text();
        if (name.equals("class")) {
          return CodeUse.of("classLiteral", (isIdent(i - 2) ? at(i - 2).text() : "") + ".class");
        }
        return is(i + 1, "(") ? CodeUse.of("callsName", name) : CodeUse.uses(name);
      }

      /** A name at i that may be a class, alone or qualified. */
      private int typeReference(int i) {
        List<String> parts = qualified(tokens, i);
        Class<?> found = null;
        int used = 1;
        List<Class<?>> candidates = resolveSimple(parts.get(0));
        if (!candidates.isEmpty()) {
          found =
              candidates.stream()
                  .filter(c -> !allowed.permits(c))
                  .findFirst()
                  .orElse(candidates.get(0));
        }
        for (int k = 2; found == null && k <= parts.size(); k++) {
          Optional<Class<?>> c = load(String.join(".", parts.subList(0, k)));
          if (c.isPresent()) {
            found = c.get();
            used = k;
          }
        }
        if (found == null) {
          return i + 1;
        }
        int last = i + 2 * (used - 1);
        if (!allowed.permits(found)) {
          add(tokens.get(i), found.getName(), describe(found, i, last), false);
        }
        return last + 1;
      }

      /** What the reference at i..last does with the class, for the message. */
      private Message describe(Class<?> c, int i, int last) {
        String simple = c.getSimpleName();
        if (is(i - 1, "new")) {
          return CodeUse.creates(c.getName(), simple);
        }
        if ((is(last + 1, ".") || is(last + 1, "::")) && isIdent(last + 2)) {
          String written = simple + at(last + 1).text() + at(last + 2).text();
          return is(last + 3, "(")
              ? CodeUse.calls(c.getName(), written)
              : CodeUse.of("usesAs", c.getName(), written);
        }
        return CodeUse.uses(c.getName());
      }

      /** A member that reaches a type whatever its receiver; one per line is enough. */
      private void member(Token t, Message use, String name) {
        String reached = MEMBERS.get(name);
        Optional<Class<?>> type = load(reached);
        if (type.isEmpty() || !allowed.permits(type.get())) {
          add(t, "member", CodeUse.reaches(use, reached), true);
        }
      }

      /** A use of a name that reaches a type, refused unless the type is allowed. */
      private void reaches(Token t, String reached, String name) {
        Optional<Class<?>> type = load(reached);
        if (type.isEmpty() || !allowed.permits(type.get())) {
          add(t, "uses " + name, CodeUse.reaches(CodeUse.uses(name), reached), false);
        }
      }

      private void add(Token t, String subject, Message message, boolean member) {
        findings.add(new Finding(lineOffset + t.line(), subject, message, member));
      }
    }
  }

  /** A class by its binary or canonical name: {@code a.b.C.D} is tried as {@code a.b.C$D} too. */
  private Optional<Class<?>> loadNested(String name) {
    Optional<Class<?>> c = load(name);
    String n = name;
    for (int dot = n.lastIndexOf('.'); c.isEmpty() && dot > 0; dot = n.lastIndexOf('.')) {
      n = n.substring(0, dot) + "$" + n.substring(dot + 1);
      c = load(n);
    }
    return c;
  }

  /** A class by its exact name, without initialising it; empty if no loader knows it. */
  private Optional<Class<?>> load(String name) {
    return classes.computeIfAbsent(
        name,
        n -> {
          for (ClassLoader loader : loaders) {
            try {
              return Optional.of(Class.forName(n, false, loader));
            } catch (ClassNotFoundException | LinkageError | RuntimeException e) {
              // not a class for this loader; try the next
            }
          }
          return Optional.empty();
        });
  }
}
