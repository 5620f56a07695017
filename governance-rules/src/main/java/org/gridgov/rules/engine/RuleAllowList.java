package org.gridgov.rules.engine;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The types an integrator's rule files may name: import, create, call, declare as globals or
 * fields. Everything else is refused when the folder is loaded or checked (see {@link
 * RuleFileGuard}).
 *
 * <p>An entry is a package name, such as {@code java.time}, which allows the classes directly in
 * that package (not its sub-packages) with their nested classes; or a class name, such as {@code
 * java.lang.String}, which allows that class with its nested classes. A class named by an entry is
 * allowed even where the defaults leave it out of its package (as {@code java.util.Scanner}).
 *
 * <p>By default rule files may use:
 *
 * <ul>
 *   <li>the facts and decisions of the library: the packages {@code org.gridgov.rules.fact} and
 *       {@code org.gridgov.rules.decision} (not their sub-packages: the routing memo's tracing in
 *       {@code org.gridgov.rules.fact.trace} is the engine's);
 *   <li>the core values that facts and decisions expose: the package {@code org.gridgov.core.lists}
 *       (categories, matter kinds, urgencies …), and the classes {@code
 *       org.gridgov.core.workorder.EscalationLevel}, {@code WorkOrderStatus} and {@code
 *       WorkOrderId}, {@code org.gridgov.core.territory.PropertyMode}, {@code GridCode}, {@code
 *       CommunityCode} and {@code StreetCode}, {@code org.gridgov.core.calendar.YearQuarter},
 *       {@code org.gridgov.core.people.PersonId}, {@code org.gridgov.core.organisation.UnitId} and
 *       {@code org.gridgov.core.evaluation.Kpi}, {@code Satisfaction} and {@code Rating}, and the
 *       list cycle's values {@code org.gridgov.core.cycle.ProjectKind}, {@code ProviderKind},
 *       {@code Track}, {@code MeetingOutcome}, {@code ProjectRatingOutcome} and {@code ItemState},
 *       {@code org.gridgov.core.workorder.SubjectKind} and {@code
 *       org.gridgov.core.territory.CommunityKind}; not the work order itself, the cycle's ledger
 *       nor the working calendar, whose results the facts carry;
 *   <li>the basics of {@code java.lang}: {@code Object}, {@code String}, {@code CharSequence},
 *       {@code StringBuilder}, {@code Math}, {@code StrictMath}, {@code Number}, {@code Integer},
 *       {@code Long}, {@code Double}, {@code Float}, {@code Short}, {@code Byte}, {@code Boolean},
 *       {@code Character}, {@code Comparable} and {@code Iterable};
 *   <li>{@code java.math}, {@code java.time}, {@code java.time.format} and {@code
 *       java.time.temporal};
 *   <li>{@code java.util}, {@code java.util.function}, {@code java.util.stream} and {@code
 *       java.util.regex}, except the classes of {@code java.util} that load classes ({@code
 *       ServiceLoader}, {@code ResourceBundle} and its subclasses), read or write files ({@code
 *       Scanner}, {@code Formatter}, {@code Properties}) or start threads ({@code Timer}, {@code
 *       TimerTask}). {@code java.util.concurrent} is left out: a rule decides within the call that
 *       fires it, and executors, futures and locks would let it run code on other threads after the
 *       call returns or block the engine.
 * </ul>
 *
 * <p>Instances are immutable.
 */
final class RuleAllowList {

  private static final Pattern NAME =
      Pattern.compile(
          "\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*"
              + "(\\.\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*)*");

  private static final List<String> DEFAULT_ENTRIES =
      List.of(
          "org.gridgov.rules.fact",
          "org.gridgov.rules.decision",
          "org.gridgov.core.lists",
          "org.gridgov.core.workorder.EscalationLevel",
          "org.gridgov.core.workorder.WorkOrderStatus",
          "org.gridgov.core.workorder.WorkOrderId",
          "org.gridgov.core.territory.PropertyMode",
          "org.gridgov.core.territory.GridCode",
          "org.gridgov.core.territory.CommunityCode",
          "org.gridgov.core.territory.StreetCode",
          "org.gridgov.core.calendar.YearQuarter",
          "org.gridgov.core.people.PersonId",
          "org.gridgov.core.organisation.UnitId",
          "org.gridgov.core.evaluation.Kpi",
          "org.gridgov.core.evaluation.Satisfaction",
          "org.gridgov.core.evaluation.Rating",
          // the list cycle's values
          "org.gridgov.core.cycle.ProjectKind",
          "org.gridgov.core.cycle.ProviderKind",
          "org.gridgov.core.cycle.Track",
          "org.gridgov.core.cycle.MeetingOutcome",
          "org.gridgov.core.cycle.ProjectRatingOutcome",
          "org.gridgov.core.cycle.ItemState",
          "org.gridgov.core.workorder.SubjectKind",
          "org.gridgov.core.territory.CommunityKind",
          "java.lang.Object",
          "java.lang.String",
          "java.lang.CharSequence",
          "java.lang.StringBuilder",
          "java.lang.Math",
          "java.lang.StrictMath",
          "java.lang.Number",
          "java.lang.Integer",
          "java.lang.Long",
          "java.lang.Double",
          "java.lang.Float",
          "java.lang.Short",
          "java.lang.Byte",
          "java.lang.Boolean",
          "java.lang.Character",
          "java.lang.Comparable",
          "java.lang.Iterable",
          "java.math",
          "java.time",
          "java.time.format",
          "java.time.temporal",
          "java.util",
          "java.util.function",
          "java.util.stream",
          "java.util.regex");

  /** Classes of the allowed packages that the defaults leave out, nested ones by binary name. */
  private static final Set<String> DEFAULT_EXCLUSIONS =
      Set.of(
          "java.util.ServiceLoader",
          "java.util.ResourceBundle",
          "java.util.ListResourceBundle",
          "java.util.PropertyResourceBundle",
          "java.util.Scanner",
          "java.util.Formatter",
          "java.util.Properties",
          "java.util.Timer",
          "java.util.TimerTask");

  private static final RuleAllowList DEFAULTS =
      new RuleAllowList(new LinkedHashSet<>(DEFAULT_ENTRIES), DEFAULT_EXCLUSIONS);

  private final Set<String> entries;
  private final Set<String> exclusions;

  private RuleAllowList(Set<String> entries, Set<String> exclusions) {
    this.entries = Set.copyOf(entries);
    this.exclusions = Set.copyOf(exclusions);
  }

  /** The default list, described in the class comment. */
  static RuleAllowList defaults() {
    return DEFAULTS;
  }

  /**
   * This list widened by more packages and classes.
   *
   * @param names package or class names, such as {@code java.util.concurrent} or {@code
   *     com.example.rules.MyFact}; a trailing {@code .*} is allowed and means the package
   * @throws IllegalArgumentException if a name is not a Java package or class name
   */
  RuleAllowList allow(Collection<String> names) {
    Set<String> widened = new LinkedHashSet<>(entries);
    Set<String> exclusionsLeft = new LinkedHashSet<>(exclusions);
    for (String raw : names) {
      String name = normalise(raw);
      widened.add(name);
      exclusionsLeft.remove(name);
    }
    return new RuleAllowList(widened, exclusionsLeft);
  }

  private static String normalise(String raw) {
    Objects.requireNonNull(raw, "an allow-list entry is null");
    String name = raw.strip();
    if (name.endsWith(".*")) {
      name = name.substring(0, name.length() - 2);
    }
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "an allow-list entry is a package or class name such as java.math or"
              + " java.math.BigDecimal, got \""
              + raw
              + "\"");
    }
    return name;
  }

  /** Whether rule files may use the type: arrays by their element type, primitives always. */
  boolean permits(Class<?> type) {
    Class<?> c = type;
    while (c.isArray()) {
      c = c.getComponentType();
    }
    if (c.isPrimitive()) {
      return true;
    }
    Class<?> top;
    try {
      top = c.getNestHost();
    } catch (LinkageError e) {
      top = c;
    }
    if (exclusions.contains(c.getName())) {
      return permits(c.getName());
    }
    return permits(c.getName()) || permitsTopLevel(top.getName(), top.getPackageName());
  }

  /** The entries, packages and classes, in no particular order. */
  Set<String> entries() {
    return entries;
  }

  /**
   * Whether a wildcard import of the package or class is allowed: it is an entry, or some class
   * entry is directly in it (so that {@code import org.gridgov.core.workorder.*} may bring in the
   * allowed {@code EscalationLevel}; uses of the package's other classes are still refused).
   */
  boolean permitsWildcard(String packageOrClass) {
    if (entries.contains(packageOrClass)) {
      return true;
    }
    String prefix = packageOrClass + ".";
    return entries.stream()
        .anyMatch(e -> e.startsWith(prefix) && e.indexOf('.', prefix.length()) < 0);
  }

  private boolean permits(String className) {
    return entries.contains(className);
  }

  private boolean permitsTopLevel(String className, String packageName) {
    if (entries.contains(className)) {
      return true;
    }
    return !exclusions.contains(className) && entries.contains(packageName);
  }

  @Override
  public String toString() {
    return entries.stream().sorted().toList()
        + (exclusions.isEmpty() ? "" : " except " + exclusions.stream().sorted().toList());
  }
}
