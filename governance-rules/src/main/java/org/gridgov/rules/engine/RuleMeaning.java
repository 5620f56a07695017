package org.gridgov.rules.engine;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.gridgov.core.common.Message;
import org.gridgov.core.lists.Urgency;
import org.gridgov.rules.RuleProblem;
import org.gridgov.rules.decision.CategoryDefinition;
import org.gridgov.rules.decision.Decision;
import org.gridgov.rules.decision.TimeLimit;
import org.gridgov.rules.decision.WorkingTime;
import org.gridgov.rules.fact.RoutingTarget;
import org.gridgov.rules.fact.SlaQuery;

/**
 * Checks that integrator rule files mean what they say, beyond compiling: the mistakes Drools lets
 * through because a rule that names something that does not exist simply never fires.
 *
 * <p>Read from the files, before and whatever they compile to: an enum value a rule names ({@code
 * Topic.PROPERTTY}) must be one of its type; a text a rule compares with an enum field or a text
 * field of a vocabulary ({@code urgency == "URGNT"} in the time-limit table, whose query carries
 * the urgency as text) must be one of its values; a category code a rule compares with must be
 * defined by the default category table (unless the folder replaces it) or a rule of the folder; a
 * decision-table cell must fill every {@code $n} of its column; a cell of a column that matches one
 * word ({@code "$param" == "all"}) must be that word; and the informed targets and the timing of a
 * routing row must be ones routing knows.
 *
 * <p>Read from the rules as loaded, when they compile: the catalogue must be computable, no
 * category defined twice, every category at every urgency given a time limit, no time-limit row
 * that never wins, and no time to accept longer than the time to resolve.
 */
final class RuleMeaning {

  /** An enum constant or a static member written as Type.NAME, not followed by a call. */
  private static final Pattern TYPE_MEMBER =
      Pattern.compile("\\b([A-Z][A-Za-z0-9_]*)\\s*\\.\\s*([A-Za-z_][A-Za-z0-9_]*)\\b(?!\\s*\\()");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$(\\d+)\\b");

  private static final Pattern FIELD_IS_TEXT =
      Pattern.compile("\\b([a-zA-Z_][A-Za-z0-9_]*)\\s*(==|!=)\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

  private static final Pattern TEXT_IS_FIELD =
      Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"\\s*(==|!=)\\s*([a-zA-Z_][A-Za-z0-9_]*)\\b");

  private static final Pattern TEXT_IS_TEXT =
      Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"\\s*==\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

  private static final Pattern FIELD_IN =
      Pattern.compile("\\b([a-zA-Z_][A-Za-z0-9_]*)\\s+(?:not\\s+)?in\\s*\\(([^)]*)\\)");

  private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

  private static final Pattern DEFINES_CATEGORY =
      Pattern.compile("CategoryDefinition\\s*\\.\\s*of\\s*\\(\\s*\"([^\"]*)\"");

  private static final Pattern ROUTE_CANDIDATE =
      Pattern.compile(
          "RouteCandidate\\s*\\.\\s*of\\s*\\([^,]*,[^,]*,[^,]*,\\s*\"([^\"]*)\"\\s*,\\s*\"([^\"]*)\"");

  /** The enums of the rule vocabulary by simple name, for a type a file does not import. */
  private static final Map<String, Class<?>> VOCABULARY = vocabulary();

  private final Set<String> categories;
  private final List<RuleProblem> problems = new ArrayList<>();

  private RuleMeaning(Set<String> categories) {
    this.categories = categories;
  }

  /**
   * Checks what the files say, without the compiled rules.
   *
   * @param sources the integrator files as read
   * @param defaultCategories the category codes of the default category table
   * @return the problems, each at its file and line (its row, in a table)
   */
  static List<RuleProblem> read(List<RuleSource> sources, Collection<String> defaultCategories) {
    RuleMeaning meaning = new RuleMeaning(categories(sources, defaultCategories));
    for (RuleSource source : sources) {
      if (source.parsed() != null) {
        meaning.check(source);
      }
    }
    return List.copyOf(meaning.problems);
  }

  /** The category codes of the default category table. */
  static Set<String> defaultCategories() {
    List<Decision> catalogue =
        DefaultCatalogue.read()
            .orElseGet(
                () ->
                    RuleBase.load(List.of(), RuleAllowList.defaults())
                        .fire(DefaultCatalogue.catalogueRequest()));
    Set<String> codes = new TreeSet<>();
    for (Decision d : catalogue) {
      if (d instanceof CategoryDefinition c) {
        codes.add(c.category().code());
      }
    }
    return codes;
  }

  /**
   * The category codes an order may carry with the folders: those of the default category table,
   * unless a folder replaces it, and those the folders' rules define.
   */
  static Set<String> categories(List<RuleSource> sources, Collection<String> defaultCategories) {
    Set<String> codes = new TreeSet<>();
    String table = RuleBase.baseName(DefaultFiles.CATEGORIES);
    boolean replaced = sources.stream().anyMatch(s -> RuleBase.baseName(s.file()).equals(table));
    if (!replaced) {
      codes.addAll(defaultCategories);
    }
    for (RuleSource source : sources) {
      Matcher m = DEFINES_CATEGORY.matcher(source.drl());
      while (m.find()) {
        codes.add(m.group(1).strip());
      }
    }
    return codes;
  }

  private void check(RuleSource source) {
    PackageDescr pkg = source.parsed();
    Types types = new Types(pkg);
    String[] lines = source.drl().split("\n", -1);
    for (RuleDescr rule : pkg.getRules()) {
      int from = Math.max(rule.getLine(), 1);
      int to = rule.getEndLine() > 0 ? Math.min(rule.getEndLine(), lines.length) : lines.length;
      for (int line = from; line <= to; line++) {
        String text = lines[line - 1];
        enumValues(source, types, line, text);
        if (source.table()) {
          placeholders(source, line, text);
        }
        routingWords(source, line, text);
      }
      if (rule.getLhs() != null) {
        conditions(source, types, rule.getLhs(), lines, from, to);
      }
    }
  }

  /** {@code Topic.PROPERTTY}: an enum value that its type does not have. */
  private void enumValues(RuleSource source, Types types, int line, String text) {
    Matcher m = TYPE_MEMBER.matcher(withoutTexts(text));
    while (m.find()) {
      Optional<Class<?>> type = types.resolve(m.group(1));
      if (type.isEmpty() || !type.get().isEnum() || isStaticMember(type.get(), m.group(2))) {
        continue;
      }
      Class<?> e = type.get();
      problems.add(
          source.problem(
              line,
              meaning(
                  "meaning.notAnEnumValue",
                  m.group(1) + "." + m.group(2),
                  e.getSimpleName(),
                  constants(e))));
    }
  }

  /** {@code $6} left in a rule: the table's cell gives fewer values than its column takes. */
  private void placeholders(RuleSource source, int line, String text) {
    if (text.strip().startsWith("//")) {
      return;
    }
    Matcher m = PLACEHOLDER.matcher(text);
    Set<String> left = new LinkedHashSet<>();
    while (m.find()) {
      left.add(m.group());
    }
    if (!left.isEmpty()) {
      problems.add(
          source.problem(line, meaning("meaning.placeholdersLeft", String.join(", ", left))));
    }
  }

  /** The informed targets and the timing of a routing proposal. */
  private void routingWords(RuleSource source, int line, String text) {
    Matcher m = ROUTE_CANDIDATE.matcher(text);
    while (m.find()) {
      String informed = m.group(1).strip();
      if (!informed.equalsIgnoreCase("none")) {
        for (String target : informed.split("\\+", -1)) {
          String t = target.strip().toUpperCase(Locale.ROOT);
          if (Arrays.stream(RoutingTarget.values()).noneMatch(r -> r.name().equals(t))) {
            problems.add(
                source.problem(
                    line,
                    meaning(
                        "meaning.informedNotATarget",
                        informed,
                        target.strip(),
                        constants(RoutingTarget.class))));
          }
        }
      }
      String timing = m.group(2).strip().toLowerCase(Locale.ROOT);
      if (!timing.equals("immediately") && !timing.equals("normally")) {
        problems.add(source.problem(line, meaning("meaning.timing", m.group(2))));
      }
    }
  }

  /** Texts compared with fields of the facts a rule matches. */
  private void conditions(
      RuleSource source, Types types, BaseDescr descr, String[] lines, int from, int to) {
    if (descr instanceof PatternDescr pattern) {
      Optional<Class<?>> type = types.resolve(pattern.getObjectType());
      for (BaseDescr constraint : pattern.getDescrs()) {
        if (constraint instanceof ExprConstraintDescr expr) {
          constraint(source, type, expr.getExpression(), lines, from, to);
        }
      }
      if (pattern.getSource() != null) {
        conditions(source, types, pattern.getSource(), lines, from, to);
      }
    } else if (descr instanceof ConditionalElementDescr element) {
      for (BaseDescr d : element.getDescrs()) {
        conditions(source, types, d, lines, from, to);
      }
    }
  }

  private void constraint(
      RuleSource source,
      Optional<Class<?>> type,
      String expression,
      String[] lines,
      int from,
      int to) {
    Matcher same = TEXT_IS_TEXT.matcher(expression);
    while (same.find()) {
      if (!same.group(1).equals(same.group(2))) {
        problems.add(
            source.problem(
                lineOf(lines, from, to, "\"" + same.group(1) + "\""),
                meaning("meaning.neverMatches", same.group(1), same.group(2))));
      }
    }
    if (type.isEmpty()) {
      return;
    }
    Matcher m = FIELD_IS_TEXT.matcher(expression);
    while (m.find()) {
      text(source, type.get(), m.group(1), m.group(3), lines, from, to);
    }
    m = TEXT_IS_FIELD.matcher(expression);
    while (m.find()) {
      text(source, type.get(), m.group(3), m.group(1), lines, from, to);
    }
    m = FIELD_IN.matcher(expression);
    while (m.find()) {
      Matcher q = QUOTED.matcher(m.group(2));
      while (q.find()) {
        text(source, type.get(), m.group(1), q.group(1), lines, from, to);
      }
    }
  }

  /** A text compared with a field: it must be a value the field can have. */
  private void text(
      RuleSource source,
      Class<?> type,
      String field,
      String value,
      String[] lines,
      int from,
      int to) {
    Optional<Class<?>> returned = accessor(type, field);
    if (returned.isEmpty()) {
      return;
    }
    Class<?> r = returned.get();
    Class<?> values = null;
    if (r.isEnum()) {
      values = r;
    } else if (r == String.class) {
      if (field.equals("categoryCode")) {
        if (!categories.contains(value) && !value.equals("*")) {
          problems.add(
              source.problem(
                  lineOf(lines, from, to, "\"" + value + "\""),
                  meaning("meaning.notACategory", value, String.join(", ", categories))));
        }
        return;
      }
      values = VOCABULARY.get(Character.toUpperCase(field.charAt(0)) + field.substring(1));
    }
    if (values == null || !values.isEnum()) {
      return;
    }
    if (Arrays.stream(values.getEnumConstants())
        .noneMatch(c -> ((Enum<?>) c).name().equals(value))) {
      problems.add(
          source.problem(
              lineOf(lines, from, to, "\"" + value + "\""),
              meaning(
                  "meaning.notAFieldValue",
                  value,
                  values.getSimpleName(),
                  field,
                  type.getSimpleName(),
                  constants(values))));
    }
  }

  /**
   * Checks what only the loaded rules tell: the catalogue they compute, the time limits of every
   * category at every urgency, and rows that never win.
   *
   * @param sources the integrator files as read
   * @param catalogue the catalogue the loaded rules computed
   * @return the problems, each at the file and line of the rule concerned where it is an
   *     integrator's
   */
  static List<RuleProblem> catalogue(List<RuleSource> sources, List<Decision> catalogue) {
    Origins origins = new Origins(sources);
    List<RuleProblem> found = new ArrayList<>();
    Map<String, CategoryDefinition> defined = new LinkedHashMap<>();
    for (Decision d : catalogue) {
      if (d instanceof CategoryDefinition c) {
        CategoryDefinition before = defined.putIfAbsent(c.category().code(), c);
        if (before != null) {
          boolean laterIsOwn = origins.has(c.rule()) || !origins.has(before.rule());
          CategoryDefinition again = laterIsOwn ? c : before;
          CategoryDefinition first = laterIsOwn ? before : c;
          found.add(
              origins.at(
                  again.rule(),
                  "defines the category "
                      + c.category().code()
                      + " again; rule \""
                      + first.rule()
                      + "\" defines it already. Give the new category a new code, or replace"
                      + " the default category table as a whole"));
        }
      }
    }
    TimeLimits limits = TimeLimits.of(catalogue);
    Map<String, List<String>> withoutLimits = new LinkedHashMap<>();
    Map<String, String> ruleOfGroup = new LinkedHashMap<>();
    for (String code : defined.keySet()) {
      String missing =
          Arrays.stream(Urgency.values())
              .filter(u -> limits.winner(code, u).isEmpty())
              .map(Enum::name)
              .collect(Collectors.joining(", "));
      if (!missing.isEmpty()) {
        String rule = defined.get(code).rule();
        String group = missing + "\u0000" + (origins.has(rule) ? rule : "");
        withoutLimits.computeIfAbsent(group, g -> new ArrayList<>()).add(code);
        ruleOfGroup.putIfAbsent(group, rule);
      }
    }
    withoutLimits.forEach(
        (group, codes) ->
            found.add(
                origins.atTimeLimitsOr(
                    ruleOfGroup.get(group),
                    (codes.size() == 1 ? "the category " : "the categories ")
                        + String.join(", ", codes)
                        + (codes.size() == 1 ? " has" : " have")
                        + " no time limit at "
                        + group.substring(0, group.indexOf('\u0000'))
                        + ": routing an order of "
                        + (codes.size() == 1 ? "it" : "them")
                        + " would fail. Add a row to the time-limit table for the urgency (a"
                        + " blank category covers every category) with hours(n) or days(n)")));
    for (String rule : limits.losers(defined.keySet())) {
      if (origins.has(rule)) {
        found.add(
            origins.at(
                rule,
                "never sets a time limit: a row of higher priority wins for every category and"
                    + " urgency it matches; give it a higher priority than the rows it should"
                    + " win over (10 for a row naming its category)"));
      }
    }
    for (TimeLimit limit : limits.all()) {
      if (hours(limit.accept()) > hours(limit.resolve()) && origins.has(limit.rule())) {
        found.add(
            origins.at(
                limit.rule(),
                "gives longer to accept ("
                    + limit.accept()
                    + ") than to resolve ("
                    + limit.resolve()
                    + "): an order would be overdue before it must be accepted"));
      }
    }
    return found.stream().distinct().toList();
  }

  /** The line of the rule's lines that holds the text, or the rule's first line. */
  private static int lineOf(String[] lines, int from, int to, String text) {
    for (int line = from; line <= to; line++) {
      if (lines[line - 1].contains(text)) {
        return line;
      }
    }
    return from;
  }

  /** The line with each quoted text blanked out, so that words inside texts are not read. */
  private static String withoutTexts(String line) {
    String code = line;
    int comment = commentStart(code);
    if (comment >= 0) {
      code = code.substring(0, comment);
    }
    Matcher q = QUOTED.matcher(code);
    StringBuilder out = new StringBuilder();
    while (q.find()) {
      q.appendReplacement(out, Matcher.quoteReplacement(" ".repeat(q.group().length())));
    }
    q.appendTail(out);
    return out.toString();
  }

  /** Where a {@code //} comment starts outside a text, or -1. */
  private static int commentStart(String line) {
    boolean inText = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && inText) {
        i++;
      } else if (c == '"') {
        inText = !inText;
      } else if (!inText && c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
        return i;
      }
    }
    return -1;
  }

  private static boolean isStaticMember(Class<?> type, String name) {
    for (Object c : type.getEnumConstants()) {
      if (((Enum<?>) c).name().equals(name)) {
        return true;
      }
    }
    if (name.equals("class")) {
      return true;
    }
    for (var field : type.getFields()) {
      if (field.getName().equals(name) && Modifier.isStatic(field.getModifiers())) {
        return true;
      }
    }
    for (Class<?> nested : type.getClasses()) {
      if (nested.getSimpleName().equals(name)) {
        return true;
      }
    }
    return false;
  }

  /** A message of the rules' bundle about what a rule means. */
  private static Message meaning(String key, Object... arguments) {
    return Message.of(RuleProblem.MESSAGES, key, arguments);
  }

  /** The values of an enum, for a message. */
  static String constants(Class<?> e) {
    return Arrays.stream(e.getEnumConstants())
        .map(c -> ((Enum<?>) c).name())
        .collect(Collectors.joining(", "));
  }

  /** The type a field of the fact type reads as: a record component or a getter. */
  private static Optional<Class<?>> accessor(Class<?> type, String field) {
    String cap = Character.toUpperCase(field.charAt(0)) + field.substring(1);
    for (String name : List.of(field, "get" + cap, "is" + cap)) {
      try {
        Method m = type.getMethod(name);
        if (m.getReturnType() != void.class) {
          return Optional.of(m.getReturnType());
        }
      } catch (NoSuchMethodException | SecurityException e) {
        // try the next form
      }
    }
    return Optional.empty();
  }

  private static Map<String, Class<?>> vocabulary() {
    Map<String, Class<?>> byName = new LinkedHashMap<>();
    for (Class<?> c :
        List.of(
            Urgency.class,
            org.gridgov.core.lists.MatterKind.class,
            org.gridgov.rules.fact.Topic.class,
            org.gridgov.rules.fact.Scope.class,
            org.gridgov.rules.fact.CategoryClass.class,
            org.gridgov.rules.fact.LimitKind.class,
            RoutingTarget.class,
            org.gridgov.core.territory.PropertyMode.class,
            org.gridgov.core.workorder.EscalationLevel.class,
            org.gridgov.core.workorder.WorkOrderStatus.class,
            org.gridgov.core.evaluation.Kpi.class,
            org.gridgov.rules.decision.RatingOutcome.class,
            org.gridgov.rules.decision.WeakGridReason.class,
            org.gridgov.rules.fact.JudgementBasis.class,
            org.gridgov.rules.fact.StarRole.class,
            org.gridgov.rules.decision.ComplianceVerdict.class)) {
      byName.put(c.getSimpleName(), c);
    }
    return Map.copyOf(byName);
  }

  /** The simple names a rule file's package can use, resolved as the compiler would. */
  private static final class Types {
    private final List<String> imports = new ArrayList<>();
    private final String pkg;

    Types(PackageDescr descr) {
      this.pkg = descr.getName();
      for (ImportDescr i : descr.getImports()) {
        imports.add(i.getTarget().strip());
      }
    }

    Optional<Class<?>> resolve(String name) {
      if (name == null || name.isBlank()) {
        return Optional.empty();
      }
      if (name.contains(".")) {
        return load(name);
      }
      for (String i : imports) {
        if (i.endsWith("." + name)) {
          return load(i);
        }
      }
      for (String i : imports) {
        if (i.endsWith(".*")) {
          Optional<Class<?>> c = load(i.substring(0, i.length() - 1) + name);
          if (c.isPresent()) {
            return c;
          }
        }
      }
      Optional<Class<?>> own = pkg == null ? Optional.empty() : load(pkg + "." + name);
      return own.isPresent() ? own : Optional.ofNullable(VOCABULARY.get(name));
    }

    private static Optional<Class<?>> load(String name) {
      try {
        return Optional.of(Class.forName(name, false, RuleMeaning.class.getClassLoader()));
      } catch (ClassNotFoundException | LinkageError e) {
        return Optional.empty();
      }
    }
  }

  /** Where each integrator rule is written, by its name. */
  private static final class Origins {
    private final Map<String, RuleProblem> byRule = new LinkedHashMap<>();
    private final List<RuleProblem> timeLimitFiles = new ArrayList<>();

    Origins(List<RuleSource> sources) {
      String sla = RuleBase.baseName(DefaultFiles.TIME_LIMITS);
      for (RuleSource s : sources) {
        if (s.parsed() == null) {
          continue;
        }
        for (RuleDescr rule : s.parsed().getRules()) {
          byRule.putIfAbsent(rule.getName(), s.problem(rule.getLine(), ""));
        }
        if (RuleBase.baseName(s.file()).equals(sla) && !s.parsed().getRules().isEmpty()) {
          timeLimitFiles.add(s.problem(s.parsed().getRules().get(0).getLine(), ""));
        }
      }
    }

    boolean has(String rule) {
      return byRule.containsKey(rule);
    }

    RuleProblem at(String rule, String message) {
      RuleProblem origin = byRule.get(rule);
      return origin == null
          ? new RuleProblem("(default rules)", 0, "rule \"" + rule + "\" " + message)
          : new RuleProblem(
              origin.file(),
              origin.line(),
              origin.message().replaceFirst(":?\\s*$", "") + " rule \"" + rule + "\" " + message);
    }

    /** At the rule that defines the category, else at the folder's time-limit table. */
    RuleProblem atTimeLimitsOr(String rule, String message) {
      if (has(rule) || timeLimitFiles.isEmpty()) {
        return at(rule, message);
      }
      RuleProblem table = timeLimitFiles.get(0);
      return new RuleProblem(
          table.file(), table.line(), table.message().replaceFirst(":?\\s*$", "") + " " + message);
    }
  }

  /** A working time in working hours, a working day taken as eight, for comparing two. */
  private static long hours(WorkingTime time) {
    return time.unit() == WorkingTime.Unit.WORKING_HOURS ? time.amount() : time.amount() * 8L;
  }

  /**
   * The time limits of a catalogue, with the one that wins each question as the engine picks it.
   */
  private static final class TimeLimits {
    private static final Comparator<TimeLimit> MOST_SPECIFIC_FIRST =
        Comparator.comparingInt(TimeLimit::priority).reversed().thenComparing(TimeLimit::rule);

    private final List<TimeLimit> all = new ArrayList<>();
    private final Map<String, TimeLimit> winners = new LinkedHashMap<>();

    static TimeLimits of(List<Decision> catalogue) {
      TimeLimits limits = new TimeLimits();
      for (Decision d : catalogue) {
        if (d instanceof TimeLimit limit) {
          limits.all.add(limit);
          limits.winners.merge(
              key(limit.categoryCode(), limit.urgency()),
              limit,
              (a, b) -> MOST_SPECIFIC_FIRST.compare(a, b) <= 0 ? a : b);
        }
      }
      return limits;
    }

    private static String key(String code, Urgency urgency) {
      return code + "\u0000" + urgency;
    }

    List<TimeLimit> all() {
      return all;
    }

    /** The limit the engine uses for a category at an urgency, as the escalation concern does. */
    Optional<TimeLimit> winner(String code, Urgency urgency) {
      TimeLimit limit = winners.get(key(code, urgency));
      return Optional.ofNullable(
          limit != null ? limit : winners.get(key(SlaQuery.ANY_CATEGORY, urgency)));
    }

    /** The rules that set a limit but win no question about the categories. */
    Set<String> losers(Collection<String> codes) {
      Set<String> won = new TreeSet<>();
      for (Urgency u : Urgency.values()) {
        for (String code : codes) {
          winner(code, u).ifPresent(l -> won.add(l.rule()));
        }
        winner(SlaQuery.ANY_CATEGORY, u).ifPresent(l -> won.add(l.rule()));
      }
      Set<String> lost = new TreeSet<>();
      for (TimeLimit l : all) {
        if (!won.contains(l.rule())) {
          lost.add(l.rule());
        }
      }
      return lost;
    }
  }

  /** The names of the default rule files the checks know by their meaning. */
  private static final class DefaultFiles {
    static final String CATEGORIES = "categories.drl.csv";
    static final String TIME_LIMITS = "sla.drl.csv";
  }
}
