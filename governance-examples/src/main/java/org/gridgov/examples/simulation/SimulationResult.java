package org.gridgov.examples.simulation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gridgov.core.evaluation.KpiFigures;
import org.gridgov.core.workorder.EscalationLevel;
import org.gridgov.core.workorder.Ledger;
import org.gridgov.core.workorder.WorkOrder;

/**
 * What a simulated year leaves behind.
 *
 * @param orders every order formed in the year, as it stands at the end of the year, in the order
 *     reported
 * @param ledger the ledger of those orders
 * @param escalationsByLevel how many escalations went to each level; every level is a key
 * @param figures the district's KPI figures, from the ledger's total counts
 */
public record SimulationResult(
    List<WorkOrder> orders,
    Ledger ledger,
    Map<EscalationLevel, Integer> escalationsByLevel,
    KpiFigures figures) {

  /** Checks the fields and copies the collections. */
  public SimulationResult {
    orders = List.copyOf(orders);
    Objects.requireNonNull(ledger, "a simulation result has a ledger");
    EnumMap<EscalationLevel, Integer> levels = new EnumMap<>(EscalationLevel.class);
    for (EscalationLevel level : EscalationLevel.values()) {
      levels.put(level, escalationsByLevel.getOrDefault(level, 0));
    }
    escalationsByLevel = java.util.Collections.unmodifiableMap(levels);
    Objects.requireNonNull(figures, "a simulation result has KPI figures");
  }

  /**
   * The escalations of the year at every level together.
   *
   * @return the number of escalations
   */
  public int escalations() {
    return escalationsByLevel.values().stream().mapToInt(Integer::intValue).sum();
  }
}
