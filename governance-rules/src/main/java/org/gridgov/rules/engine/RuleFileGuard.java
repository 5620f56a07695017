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
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.gridgov.rules.RuleProblem;
import org.gridgov.rules.engine.RuleTokens.Kind;
import org.gridgov.rules.engine.RuleTokens.Token;
import org.kie.internal.builder.KnowledgeBuilderFactory;

/**
 * Refuses integrator rule files that use anything outside a {@link RuleAllowList}: an integrator's
 * rules are code that runs inside the host, and may read the facts and insert decisions, not reach
 * the process, the file system, the network, threads, class loading, reflection or the rule
 * session.
 *
 * <p>A file is checked as it will be compiled: a decision table as the DRL it converts to. The DRL
 * parser gives its package and imports; then every identifier outside strings and comments,
 * anywhere in the file, is looked at, in the file read as Java reads it and as DRL and MVEL read it
 * ({@link RuleTokens}). Reading the whole text, rather than the parts of the parsed rules that hold
 * code, leaves no construct unread: constraints, {@code from} and {@code accumulate} expressions,
 * consequences of either dialect, functions, globals, declared types, queries and attributes.
 *
 * <ul>
 *   <li>A name that resolves to a class, as the compiler would resolve it (a qualified name such as
 *       {@code java.io.File}; a simple name through the file's imports, its package, {@code
 *       java.lang}, and the names MVEL and Drools add), must be on the allow-list. Where a simple
 *       name could mean several classes, all must be.
 *   <li>Imports must be on the allow-list; function imports ({@code import function}, {@code import
 *       static}) and accumulate function imports are refused whatever the list.
 *   <li>Members that reach past the allowed types are refused on any receiver, since MVEL resolves
 *       members at run time: {@code getClass()} and {@code .class}, class loaders, {@code
 *       getDeclaringClass()}, reflective lookups, {@code exit}, {@code exec}, {@code halt}, {@code
 *       wait}/{@code notify}, the system-property readers {@code Integer.getInteger} and friends,
 *       {@code setDefault}.
 *   <li>The rule session is out of reach: {@code drools} and {@code kcontext} only as {@code
 *       drools.getRule().getName()} (or {@code getPackageName()}); no {@code rule}, {@code
 *       _workingMemory_}, {@code entryPoints}, {@code consequenceCtx} or fact handles; {@code
 *       insert(...)} only as a statement, since it returns the fact handle.
 * </ul>
 *
 * <p>The files of one compilation are read together: the files of one package share their imports,
 * so a name in one file may resolve through another's. Each refusal is a {@link RuleProblem} naming
 * the file, the line and the use. A guard caches class look-ups and is meant for one compilation on
 * one thread.
 */
final class RuleFileGuard {

  private static final String WIDEN =
      " — not on the rule allow-list; hosts can widen it with"
          + " GovernanceEngine.builder().allow(...)";

  /** Members that reach a type, whatever their receiver, with the type they reach. */
  private static final Map<String, String> MEMBERS = members();

  /** The variables Drools gives rules that reach the session, with the types they reach. */
  private static final Map<String, String> SESSION =
      Map.of(
          "drools", "org.drools.core.rule.consequence.KnowledgeHelper",
          "kcontext", "org.kie.api.runtime.rule.RuleContext",
          "consequenceCtx", "org.drools.base.rule.consequence.ConsequenceContext",
          "_workingMemory_", "org.kie.api.runtime.KieRuntime",
          "entryPoints", "org.kie.api.runtime.rule.EntryPoint",
          "exitPoints", "org.kie.api.runtime.Channel",
          "channels", "org.kie.api.runtime.Channel",
          "rule", "org.kie.api.definition.rule.Rule");

  private static final String FACT_HANDLE = "org.kie.api.runtime.rule.FactHandle";

  /** What may come before and after {@code insert(...)} for it to be a statement of its own. */
  private static final Set<String> STATEMENT_STARTS =
      Set.of(";", "{", "}", ")", "]", "then", "else");

  private static final Set<String> STATEMENT_ENDS = Set.of(";", "}", "end");

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
    List<Read> reads = new ArrayList<>();
    Map<String, Scope> packages = new HashMap<>();
    for (RuleSource source : sources) {
      Read read = read(source);
      reads.add(read);
      Scope shared = packages.computeIfAbsent(read.scope().pkg, pkg -> new Scope());
      shared.singles.putAll(read.scope().singles);
      shared.wildcards.addAll(read.scope().wildcards);
    }
    List<List<RuleProblem>> refusals = new ArrayList<>();
    for (int i = 0; i < sources.size(); i++) {
      Read read = reads.get(i);
      Scope scope = new Scope();
      scope.pkg = read.scope().pkg;
      scope.singles.putAll(packages.get(scope.pkg).singles);
      scope.singles.putAll(read.scope().singles);
      scope.wildcards.addAll(packages.get(scope.pkg).wildcards);
      List<Finding> findings = new ArrayList<>();
      for (List<Token> tokens : read.readings()) {
        new Scan(tokens, scope, findings).run();
      }
      List<RuleDescr> rules =
          sources.get(i).table() && read.parsed() != null ? read.parsed().getRules() : List.of();
      refusals.add(problems(sources.get(i).file(), findings, rules));
    }
    return refusals;
  }

  /** A file read: its DRL parsed (null if it does not parse), its two readings, its scope. */
  private record Read(PackageDescr parsed, List<List<Token>> readings, Scope scope) {}

  private static Read read(RuleSource source) {
    String drl = source.drl();
    PackageDescr parsed = source.parsed();
    Scope scope = new Scope();
    List<List<Token>> readings = List.of(RuleTokens.asJava(drl), RuleTokens.asDrl(drl));
    if (parsed != null) {
      scope.pkg = parsed.getName() == null ? "" : parsed.getName();
      for (ImportDescr i : parsed.getImports()) {
        scope.addImport(i.getTarget());
      }
    }
    for (List<Token> tokens : readings) {
      scope.collect(tokens);
    }
    return new Read(parsed, readings, scope);
  }

  /**
   * One refused use. {@code member} marks a refusal found on a member name alone, dropped when the
   * same line has a refusal of the class it is called on.
   */
  private record Finding(int line, String subject, String message, boolean member) {}

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
              String message = f.message();
              Optional<String> rule = ruleAt(rules, f.line());
              if (rule.isPresent()) {
                int dash = message.indexOf(" — ");
                message =
                    message.substring(0, dash)
                        + " in rule \""
                        + rule.get()
                        + "\""
                        + message.substring(dash);
              }
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

  /** The file's package and imports, which simple names resolve through. */
  private static final class Scope {
    String pkg = "";
    final Map<String, String> singles = new LinkedHashMap<>();
    final Set<String> wildcards = new LinkedHashSet<>();

    void addImport(String target) {
      if (target.endsWith(".*")) {
        wildcards.add(target.substring(0, target.length() - 2));
      } else {
        singles.put(target.substring(target.lastIndexOf('.') + 1), target);
      }
    }

    /** Adds the package and the imports the tokens declare, MVEL's inline imports among them. */
    void collect(List<Token> tokens) {
      for (int i = 0; i < tokens.size(); i++) {
        if (!headAt(tokens, i)) {
          continue;
        }
        Token t = tokens.get(i);
        if (t.is("package") && pkg.isEmpty()) {
          pkg = String.join(".", qualified(tokens, i + 1));
        } else if (t.is("import")) {
          int from = i + 1;
          if (from < tokens.size()
              && List.of("function", "static", "accumulate").contains(tokens.get(from).text())) {
            continue;
          }
          List<String> name = qualified(tokens, from);
          if (!name.isEmpty()) {
            boolean wildcard = wildcardAfter(tokens, from, name.size());
            addImport(String.join(".", name) + (wildcard ? ".*" : ""));
          }
        }
      }
    }
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

  /** Whether the dotted name of {@code parts} identifiers starting at i is followed by .* . */
  private static boolean wildcardAfter(List<Token> tokens, int i, int parts) {
    int after = i + 2 * parts - 1;
    return after + 1 < tokens.size() && tokens.get(after).is(".") && tokens.get(after + 1).is("*");
  }

  /** One reading of the file, looked through token by token. */
  private final class Scan {
    private final List<Token> tokens;
    private final Scope scope;
    private final List<Finding> findings;

    Scan(List<Token> tokens, Scope scope, List<Finding> findings) {
      this.tokens = tokens;
      this.scope = scope;
      this.findings = findings;
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
        member(t, "uses [\"" + t.text() + "\"]", t.text());
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
          add(
              t,
              "member",
              memberUse(i) + ", which reaches " + reaching.get(name) + escapedNote(t) + WIDEN,
              true);
        }
        return i + 1;
      }
      switch (name) {
        case "package":
          int parts = qualified(tokens, i + 1).size();
          return parts == 0 ? i + 1 : i + 2 * parts;
        case "import":
          return importStatement(i);
        case "drools", "kcontext":
          return sessionHelper(i);
        case "synchronized":
          reaches(t, "java.lang.Thread", "uses synchronized", "");
          return i + 1;
        case "insert", "insertLogical":
          factHandle(i);
          return i + 1;
        default:
          break;
      }
      if (MEMBERS.containsKey(name) && is(i + 1, "(")) {
        member(t, memberUse(i), name);
        return i + 1;
      }
      if (SESSION.containsKey(name) && !(name.equals("rule") && ruleKeyword(i))) {
        reaches(t, SESSION.get(name), "uses " + name, "");
        return i + 1;
      }
      if (name.contains("__Handle__")) {
        reaches(t, FACT_HANDLE, "uses the fact handle " + name, "");
        return i + 1;
      }
      if (KEYWORDS.contains(name)) {
        return i + 1;
      }
      return typeReference(i);
    }

    private String memberUse(int i) {
      String name = tokens.get(i).text();
      if (name.equals("class")) {
        return "uses a class literal (" + (isIdent(i - 2) ? at(i - 2).text() : "") + ".class)";
      }
      return is(i + 1, "(") ? "calls " + name + "()" : "uses " + name;
    }

    /** {@code rule} is the keyword when a name follows it, and Drools' variable otherwise. */
    private boolean ruleKeyword(int i) {
      Token next = at(i + 1);
      return next != null && (next.kind() == Kind.STRING || next.kind() == Kind.IDENT);
    }

    private int importStatement(int i) {
      Token t = tokens.get(i);
      int from = i + 1;
      String kind = isIdent(from) ? at(from).text() : "";
      boolean function = kind.equals("function") || kind.equals("static");
      boolean accumulate = kind.equals("accumulate");
      if (function || accumulate) {
        from++;
      }
      List<String> parts = qualified(tokens, from);
      if (parts.isEmpty()) {
        return from;
      }
      String name = String.join(".", parts);
      boolean wildcard = wildcardAfter(tokens, from, parts.size());
      String written = name + (wildcard ? ".*" : "");
      if (function) {
        add(
            t,
            written,
            "imports the function "
                + written
                + " — rule files may not import functions; call a method through its class, as"
                + " in Math.max(a, b)",
            false);
      } else if (accumulate) {
        add(
            t,
            written,
            "imports the accumulate function "
                + written
                + " — rule files may not add accumulate functions; use the built-in ones (sum,"
                + " count, min, max, average, collectList, collectSet)",
            false);
      } else if (wildcard) {
        if (!allowed.permitsWildcard(name)) {
          add(t, written, "imports " + written + escapedNote(t) + WIDEN, false);
        }
      } else {
        Optional<Class<?>> c = loadNested(name);
        if (c.isPresent() && !allowed.permits(c.get())) {
          add(t, c.get().getName(), "imports " + name + escapedNote(t) + WIDEN, false);
        }
      }
      return from + 2 * parts.size() - 1 + (wildcard ? 2 : 0);
    }

    /** {@code drools} and {@code kcontext} only as {@code drools.getRule().getName()}. */
    private int sessionHelper(int i) {
      Token t = tokens.get(i);
      String helper = t.text();
      boolean getRule = is(i + 1, ".") && is(i + 2, "getRule") && is(i + 3, "(") && is(i + 4, ")");
      if (getRule
          && is(i + 5, ".")
          && (is(i + 6, "getName") || is(i + 6, "getPackageName"))
          && is(i + 7, "(")) {
        return i + 7;
      }
      String use;
      if (getRule && is(i + 5, ".") && isIdent(i + 6)) {
        use = "calls " + helper + ".getRule()." + at(i + 6).text() + "()";
      } else if (getRule) {
        use = "uses " + helper + ".getRule()";
      } else if (is(i + 1, ".") && isIdent(i + 2)) {
        use = (is(i + 3, "(") ? "calls " : "uses ") + helper + "." + at(i + 2).text();
        use += is(i + 3, "(") ? "()" : "";
      } else {
        use = "uses " + helper;
      }
      reaches(
          t,
          SESSION.get(helper),
          use,
          " (rule files may call " + helper + ".getRule().getName() and insert(...))");
      return i + 1;
    }

    /** {@code insert(...)} returns the fact handle: it must stand alone as a statement. */
    private void factHandle(int i) {
      if (!is(i + 1, "(")) {
        return;
      }
      int depth = 0;
      int j = i + 1;
      for (; j < tokens.size(); j++) {
        if (is(j, "(")) {
          depth++;
        } else if (is(j, ")") && --depth == 0) {
          break;
        }
      }
      Token before = at(i - 1);
      Token after = at(j + 1);
      boolean starts =
          before == null
              || STATEMENT_STARTS.contains(before.text()) && before.kind() != Kind.STRING;
      boolean ends =
          after == null || STATEMENT_ENDS.contains(after.text()) && after.kind() != Kind.STRING;
      if (!starts || !ends) {
        reaches(
            tokens.get(i),
            FACT_HANDLE,
            "uses what " + tokens.get(i).text() + "(...) returns",
            " (write it as a statement of its own)");
      }
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
        Token t = tokens.get(i);
        add(t, found.getName(), describe(found, i, last) + escapedNote(t) + WIDEN, false);
      }
      return last + 1;
    }

    /** What the reference at i..last does with the class, for the message. */
    private String describe(Class<?> c, int i, int last) {
      String simple = c.getSimpleName();
      if (is(i - 1, "new")) {
        return "creates " + c.getName() + " (new " + simple + ")";
      }
      if (is(i - 1, "global")) {
        return "declares a global of type " + c.getName();
      }
      if ((is(last + 1, ".") || is(last + 1, "::")) && isIdent(last + 2)) {
        String member = at(last + 2).text();
        String sep = at(last + 1).text();
        return (is(last + 3, "(") ? "calls " : "uses ")
            + c.getName()
            + " ("
            + simple
            + sep
            + member
            + ")";
      }
      return "uses " + c.getName();
    }

    /**
     * The classes a simple name may mean: through a single import, the file's package, its wildcard
     * imports, {@code java.lang} and the names Drools and MVEL add. All are returned, since Java,
     * DRL and MVEL do not look them up in the same order.
     */
    private List<Class<?>> resolveSimple(String name) {
      List<Class<?>> found = new ArrayList<>();
      String single = scope.singles.get(name);
      if (single != null) {
        loadNested(single).ifPresent(found::add);
      }
      if (name.startsWith("$")) {
        return found; // a binding: no class of the file's package, java.lang or the libraries
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

    /** A member that reaches a type whatever its receiver; one per line is enough. */
    private void member(Token t, String use, String name) {
      String reached = MEMBERS.get(name);
      Optional<Class<?>> type = load(reached);
      if (type.isEmpty() || !allowed.permits(type.get())) {
        add(t, "member", use + ", which reaches " + reached + escapedNote(t) + WIDEN, true);
      }
    }

    /** A use that reaches a type, refused unless the type is allowed. */
    private void reaches(Token t, String reached, String use, String note) {
      Optional<Class<?>> type = load(reached);
      if (type.isEmpty() || !allowed.permits(type.get())) {
        add(t, use, use + ", which reaches " + reached + note + escapedNote(t) + WIDEN, false);
      }
    }

    private String escapedNote(Token t) {
      return t.escaped() ? ", written with unicode escapes" : "";
    }

    private void add(Token t, String subject, String message, boolean member) {
      findings.add(new Finding(t.line(), subject, message, member));
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
