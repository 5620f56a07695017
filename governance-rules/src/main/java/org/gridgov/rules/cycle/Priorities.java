package org.gridgov.rules.cycle;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.gridgov.rules.decision.Decision;

/**
 * Picks the winning decision of each subject when several rows of a table match: the highest
 * priority, ties broken by the rule name that sorts first. Tables fire on many facts at once, so an
 * activation group, which lets one rule fire in a whole session, cannot do it.
 */
final class Priorities {

  private Priorities() {}

  static <K, D extends Decision> Map<K, D> winners(
      List<D> decisions, Function<D, K> subject, ToIntFunction<D> priority) {
    Comparator<D> better =
        Comparator.<D>comparingInt(priority).reversed().thenComparing(Decision::rule);
    Map<K, D> won = new LinkedHashMap<>();
    for (D d : decisions) {
      won.merge(subject.apply(d), d, (a, b) -> better.compare(a, b) <= 0 ? a : b);
    }
    return won;
  }
}
