package org.gridgov.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.gridgov.rules.RuleProblem;
import org.junit.jupiter.api.Test;

/**
 * The default rules are trusted and not checked against the allow-list when an engine loads them,
 * but they keep to the allow-list that integrator files are held to, and to the checks of tables
 * and rule attributes; and the list allows the core values the facts and decisions carry.
 */
class DefaultRulesPassTheAllowListTest {

  private static final Path MAIN = Path.of("src/main/java/org/gridgov/rules");

  /** The default rule files as the compiler gets them; their tables pass the table checks. */
  private static List<RuleSource> defaultSources() throws IOException {
    List<RuleSource> sources = new ArrayList<>();
    List<RuleProblem> problems = new ArrayList<>();
    for (String file : RuleBase.defaults().keySet()) {
      byte[] bytes;
      try (InputStream in = RuleBase.class.getClassLoader().getResourceAsStream(file)) {
        bytes = in.readAllBytes();
      }
      String name = file.substring(file.lastIndexOf('/') + 1);
      RuleSource.read(file, name, bytes, "default-rules-check/" + file, problems)
          .ifPresent(sources::add);
    }
    assertThat(problems).isEmpty();
    assertThat(sources).hasSizeGreaterThanOrEqualTo(14).allMatch(s -> s.parsed() != null);
    return sources;
  }

  @Test
  void everyDefaultRuleFilePassesTheDefaultAllowList() throws IOException {
    List<RuleSource> sources = defaultSources();

    List<List<RuleProblem>> refusals = new RuleFileGuard(RuleAllowList.defaults()).check(sources);

    assertThat(refusals).hasSameSizeAs(sources).allSatisfy(r -> assertThat(r).isEmpty());
  }

  @Test
  void everyDefaultRuleFileHasOnlyAttributesTheEngineHonours() throws IOException {
    assertThat(defaultSources())
        .filteredOn(RuleSource::table)
        .extracting(RuleSource::file)
        .contains("org/gridgov/rules/evaluation/ratings/rating-outcomes.drl.csv");
    assertThat(defaultSources())
        .flatExtracting(s -> RuleAttributes.check(s.file(), s.parsed(), s.table()))
        .isEmpty();
  }

  @Test
  void theCoreValuesThatFactsAndDecisionsCarryAreAllowedButTheWorkOrderAndCalendarAreNot()
      throws IOException {
    Set<Class<?>> exposed = new LinkedHashSet<>();
    for (String pkg : List.of("fact", "decision")) {
      try (Stream<Path> sources = Files.list(MAIN.resolve(pkg))) {
        for (Path source : sources.filter(Files::isRegularFile).toList()) {
          String name = source.getFileName().toString().replace(".java", "");
          if (name.equals("package-info")) {
            continue;
          }
          Class<?> type = Class.forName("org.gridgov.rules." + pkg + "." + name);
          collect(type, exposed);
        }
      } catch (ClassNotFoundException e) {
        throw new AssertionError(e);
      }
    }
    RuleAllowList defaults = RuleAllowList.defaults();

    assertThat(exposed)
        .filteredOn(c -> c.getName().startsWith("org.gridgov.core."))
        .extracting(Class::getSimpleName)
        .contains("Urgency", "EscalationLevel", "WorkOrder", "WorkingCalendar");
    assertThat(exposed)
        .filteredOn(c -> c.getName().startsWith("org.gridgov.core."))
        .filteredOn(c -> !Set.of("WorkOrder", "WorkingCalendar").contains(c.getSimpleName()))
        .allSatisfy(c -> assertThat(defaults.permits(c)).as(c.getName()).isTrue());
    assertThat(defaults.permits(org.gridgov.core.workorder.WorkOrder.class)).isFalse();
    assertThat(defaults.permits(org.gridgov.core.calendar.WorkingCalendar.class)).isFalse();
    assertThat(defaults.permits(org.gridgov.core.io.WorkingCalendarJson.class)).isFalse();
  }

  /** The types in the public signatures of a fact or decision type. */
  private static void collect(Class<?> type, Set<Class<?>> into) {
    if (type.isRecord()) {
      for (RecordComponent c : type.getRecordComponents()) {
        add(c.getGenericType(), into);
      }
    }
    for (Method m : type.getMethods()) {
      if (m.getDeclaringClass() == type) {
        add(m.getGenericReturnType(), into);
        for (Type p : m.getGenericParameterTypes()) {
          add(p, into);
        }
      }
    }
  }

  private static void add(Type t, Set<Class<?>> into) {
    if (t instanceof Class<?> c) {
      into.add(c.isArray() ? c.getComponentType() : c);
    } else if (t instanceof ParameterizedType p) {
      add(p.getRawType(), into);
      for (Type a : p.getActualTypeArguments()) {
        add(a, into);
      }
    }
  }
}
