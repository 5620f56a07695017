package org.gridgov.examples.simulation;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gridgov.core.cycle.CycleEvent;
import org.gridgov.core.cycle.ProjectKind;
import org.gridgov.core.cycle.ReconciliationLine;
import org.gridgov.core.cycle.Track;
import org.gridgov.core.io.HierarchyJson;
import org.gridgov.core.territory.Territory;
import org.gridgov.examples.district.DistrictPopulation;
import org.gridgov.examples.district.PopulatedDistrict;

/**
 * How the list cycle's resolved figure on Jin'an over the report's period moves with its
 * parameters: a printout for docs/BENCHMARKS.md, not a test. With no argument it runs the defaults
 * on seeds 1 to 10 and the default seed, then each parameter halved and doubled (percents moved by
 * half their distance to 0 and 100) on the default seed. With {@code name=value} arguments it runs
 * the defaults so changed on the default seed and prints the run's figures.
 *
 * <pre>java -cp gridgov.jar org.gridgov.examples.simulation.CycleSensitivity</pre>
 */
final class CycleSensitivity {

  private static final long SEED = 2024;

  private CycleSensitivity() {}

  /**
   * Prints the figures.
   *
   * @param args none, or {@code name=value} changes of the defaults
   * @throws ReflectiveOperationException never, the record's own constructor is called
   */
  public static void main(String[] args) throws ReflectiveOperationException {
    Territory jinan = new HierarchyJson().readJinan().territory();
    if (args.length > 0) {
      CycleParameters p = CycleParameters.DEFAULTS;
      for (String a : args) {
        String[] kv = a.split("=", 2);
        p = with(p, kv[0], Long.parseLong(kv[1]));
      }
      System.out.println(line(jinan, SEED, p, true));
      return;
    }
    System.out.println("defaults " + CycleParameters.DEFAULTS);
    for (long seed = 1; seed <= 10; seed++) {
      System.out.println(
          "seed " + seed + ": " + line(jinan, seed, CycleParameters.DEFAULTS, false));
    }
    System.out.println("seed " + SEED + ": " + line(jinan, SEED, CycleParameters.DEFAULTS, false));
    for (RecordComponent c : CycleParameters.class.getRecordComponents()) {
      long v = ((Number) c.getAccessor().invoke(CycleParameters.DEFAULTS)).longValue();
      boolean percent = c.getName().endsWith("Percent");
      long lower = percent ? v / 2 : Math.max(c.getName().equals("takeDays") ? 1 : 0, v / 2);
      long upper = percent ? v + (100 - v) / 2 : v * 2;
      if (c.getName().equals("meetingDay")) {
        upper = Math.min(60, upper);
        lower = Math.max(1, lower);
      }
      for (long x : new long[] {lower, upper}) {
        String moved = c.getName() + " " + v + " -> " + x + ": ";
        try {
          CycleParameters p = with(CycleParameters.DEFAULTS, c.getName(), x);
          System.out.println(moved + line(jinan, SEED, p, false));
        } catch (java.lang.reflect.InvocationTargetException e) {
          System.out.println(moved + "refused: " + e.getCause().getMessage());
        }
      }
    }
  }

  private static String line(Territory jinan, long seed, CycleParameters p, boolean kinds) {
    PopulatedDistrict populated = DistrictPopulation.toReportFigures(jinan, seed);
    SimulationResult r =
        YearSimulation.withDefaultRules(populated)
            .between(YearSimulation.REPORT_PERIOD_FROM, YearSimulation.REPORT_PERIOD_TO)
            .withListCycle(p)
            .run(seed);
    ListCycleOutcome o = r.listCycle().orElseThrow();
    var rs = o.ledger().reconciliations();
    ReconciliationLine end = rs.get(rs.size() - 1).district();
    String s =
        String.format(
            Locale.ROOT,
            "formed %d resolved %d (%.1f %%)",
            end.formed(),
            end.resolved(),
            100 * end.resolutionRate());
    if (kinds) {
      Map<ProjectKind, Integer> byKind = new EnumMap<>(ProjectKind.class);
      List<String> states = new ArrayList<>();
      for (CycleEvent e : o.ledger().events()) {
        if (e instanceof CycleEvent.ItemFormed f && f.track() == Track.PROJECT_LIST) {
          byKind.merge(f.demand().kind(), 1, Integer::sum);
        }
      }
      end.atEnd()
          .forEach(
              (k, n) -> {
                if (n > 0) {
                  states.add(k + " " + n);
                }
              });
      s += " project list " + byKind + " at end " + states;
    }
    return s;
  }

  private static CycleParameters with(CycleParameters p, String name, long value)
      throws ReflectiveOperationException {
    RecordComponent[] cs = CycleParameters.class.getRecordComponents();
    Object[] values = new Object[cs.length];
    Class<?>[] types = new Class<?>[cs.length];
    boolean found = false;
    for (int i = 0; i < cs.length; i++) {
      types[i] = cs[i].getType();
      Object v = cs[i].getAccessor().invoke(p);
      if (cs[i].getName().equals(name)) {
        v = types[i] == long.class ? (Object) value : (Object) (int) value;
        found = true;
      }
      values[i] = v;
    }
    if (!found) {
      throw new IllegalArgumentException("no cycle parameter " + name);
    }
    return CycleParameters.class.getDeclaredConstructor(types).newInstance(values);
  }
}
