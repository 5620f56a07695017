package org.gridgov.core.workorder;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.gridgov.core.common.Checks;
import org.gridgov.core.common.ValueRefusedException;
import org.gridgov.core.evaluation.KpiCounts;
import org.gridgov.core.evaluation.KpiFigures;

/**
 * One line of the {@link Ledger}: the orders of one key (a grid, community, street, list or the
 * whole) counted by where they stand. Lines are additive: the lines of a street's communities add
 * up, by {@link #plus(LedgerLine)}, to the street's line.
 *
 * <p>Invariant, checked on construction: {@code formed = closed + open + cancelled}; the report's
 * "1,242 formed, 975 resolved" is {@code formed} and {@code closed} (销号).
 *
 * @param formed orders formed: reported, whatever became of them
 * @param closed orders closed (销号)
 * @param open orders neither closed nor cancelled
 * @param cancelled orders cancelled
 * @param resolvedAwaitingRating open orders resolved and waiting for a rating; at most {@code open}
 * @param supervised orders put under supervision (督办), whether open or not; at most {@code formed}
 * @param byEscalationLevel how many orders stand at each escalation level; every level is a key and
 *     the values add up to {@code formed}
 * @param kpis the KPI counts of these orders
 */
public record LedgerLine(
    int formed,
    int closed,
    int open,
    int cancelled,
    int resolvedAwaitingRating,
    int supervised,
    Map<EscalationLevel, Integer> byEscalationLevel,
    KpiCounts kpis) {

  /** The line of no orders. */
  public static final LedgerLine EMPTY =
      new LedgerLine(0, 0, 0, 0, 0, 0, zeroLevels(), KpiCounts.ZERO);

  /** Checks the counts and the invariants, and copies the map. */
  public LedgerLine {
    Checks.count(formed, Checks.term("formedOrders"));
    Checks.count(closed, Checks.term("closedOrdersCount"));
    Checks.count(open, Checks.term("openOrders"));
    Checks.count(cancelled, Checks.term("cancelledOrders"));
    Checks.count(resolvedAwaitingRating, Checks.term("ordersAwaitingRating"));
    Checks.count(supervised, Checks.term("supervisedOrders"));
    Objects.requireNonNull(kpis, "a ledger line needs its KPI counts");
    if ((long) closed + open + cancelled != formed) {
      throw ValueRefusedException.of(
          "refused.LedgerLine.ordersFormedClosedOpen", formed, closed, open, cancelled);
    }
    if (resolvedAwaitingRating > open) {
      throw ValueRefusedException.of(
          "refused.LedgerLine.ordersAwaitingRatingOpen", resolvedAwaitingRating, open);
    }
    if (supervised > formed) {
      throw ValueRefusedException.of(
          "refused.LedgerLine.supervisedOrdersAmongThose", supervised, formed);
    }
    Objects.requireNonNull(byEscalationLevel, "a ledger line needs its orders by level");
    EnumMap<EscalationLevel, Integer> levels = zeroLevels();
    long sum = 0;
    for (Map.Entry<EscalationLevel, Integer> e : byEscalationLevel.entrySet()) {
      EscalationLevel level = Objects.requireNonNull(e.getKey(), "level");
      int n = Checks.count(e.getValue(), Checks.term("ordersAt", level));
      levels.put(level, n);
      sum += n;
    }
    if (sum != formed) {
      throw ValueRefusedException.of("refused.LedgerLine.everyOrderFormedStands", sum, formed);
    }
    byEscalationLevel = java.util.Collections.unmodifiableMap(levels);
  }

  private static EnumMap<EscalationLevel, Integer> zeroLevels() {
    EnumMap<EscalationLevel, Integer> levels = new EnumMap<>(EscalationLevel.class);
    for (EscalationLevel level : EscalationLevel.values()) {
      levels.put(level, 0);
    }
    return levels;
  }

  /**
   * The line of one order.
   *
   * @param order the order, as it stands
   * @return a line with {@code formed = 1}
   */
  public static LedgerLine of(WorkOrder order) {
    WorkOrderStatus status = order.status();
    EnumMap<EscalationLevel, Integer> levels = zeroLevels();
    levels.put(order.escalationLevel(), 1);
    return new LedgerLine(
        1,
        status == WorkOrderStatus.CLOSED ? 1 : 0,
        status.isOpen() ? 1 : 0,
        status == WorkOrderStatus.CANCELLED ? 1 : 0,
        status == WorkOrderStatus.RESOLVED ? 1 : 0,
        order.isSupervised() ? 1 : 0,
        levels,
        order.kpiCounts());
  }

  /**
   * The line of several orders: the sum of their {@linkplain #of(WorkOrder) lines}, counted without
   * making a line per order.
   *
   * @param orders the orders, as they stand
   * @return the line, {@link #EMPTY} for no orders
   * @throws ArithmeticException if a count overflows
   */
  public static LedgerLine of(Iterable<WorkOrder> orders) {
    Sum sum = new Sum();
    for (WorkOrder order : orders) {
      sum.add(order);
    }
    return sum.line();
  }

  /** A running sum of orders' lines. Not thread-safe. */
  static final class Sum {

    private int formed;
    private int closed;
    private int open;
    private int cancelled;
    private int resolvedAwaitingRating;
    private int supervised;
    private final int[] levels = new int[EscalationLevel.values().length];
    private int due;
    private int suspended;
    private int kpiClosed;
    private int closedOnTime;
    private int rated;
    private int satisfied;
    private int basicallySatisfied;
    private int reworked;
    private int responses;
    private Duration totalResponseTime = Duration.ZERO;

    /** Adds an order's line, as {@link LedgerLine#of(WorkOrder)} makes it. */
    void add(WorkOrder order) {
      WorkOrderStatus status = order.status();
      formed = Math.addExact(formed, 1);
      closed = Math.addExact(closed, status == WorkOrderStatus.CLOSED ? 1 : 0);
      open = Math.addExact(open, status.isOpen() ? 1 : 0);
      cancelled = Math.addExact(cancelled, status == WorkOrderStatus.CANCELLED ? 1 : 0);
      resolvedAwaitingRating =
          Math.addExact(resolvedAwaitingRating, status == WorkOrderStatus.RESOLVED ? 1 : 0);
      supervised = Math.addExact(supervised, order.isSupervised() ? 1 : 0);
      int level = order.escalationLevel().ordinal();
      levels[level] = Math.addExact(levels[level], 1);
      KpiCounts k = order.kpiCounts();
      due = Math.addExact(due, k.due());
      suspended = Math.addExact(suspended, k.suspended());
      kpiClosed = Math.addExact(kpiClosed, k.closed());
      closedOnTime = Math.addExact(closedOnTime, k.closedOnTime());
      rated = Math.addExact(rated, k.rated());
      satisfied = Math.addExact(satisfied, k.satisfied());
      basicallySatisfied = Math.addExact(basicallySatisfied, k.basicallySatisfied());
      reworked = Math.addExact(reworked, k.reworked());
      responses = Math.addExact(responses, k.responses());
      totalResponseTime = totalResponseTime.plus(k.totalResponseTime());
    }

    /** The line of the orders added. */
    LedgerLine line() {
      EnumMap<EscalationLevel, Integer> byLevel = new EnumMap<>(EscalationLevel.class);
      for (EscalationLevel level : EscalationLevel.values()) {
        byLevel.put(level, levels[level.ordinal()]);
      }
      return new LedgerLine(
          formed,
          closed,
          open,
          cancelled,
          resolvedAwaitingRating,
          supervised,
          byLevel,
          new KpiCounts(
              due,
              suspended,
              kpiClosed,
              closedOnTime,
              rated,
              satisfied,
              basicallySatisfied,
              reworked,
              responses,
              totalResponseTime));
    }
  }

  /**
   * Adds two lines, count by count.
   *
   * @param other the line to add
   * @return the sum
   * @throws ArithmeticException if a count overflows
   */
  public LedgerLine plus(LedgerLine other) {
    EnumMap<EscalationLevel, Integer> levels = zeroLevels();
    for (EscalationLevel level : EscalationLevel.values()) {
      levels.put(
          level, Math.addExact(byEscalationLevel.get(level), other.byEscalationLevel.get(level)));
    }
    return new LedgerLine(
        Math.addExact(formed, other.formed),
        Math.addExact(closed, other.closed),
        Math.addExact(open, other.open),
        Math.addExact(cancelled, other.cancelled),
        Math.addExact(resolvedAwaitingRating, other.resolvedAwaitingRating),
        Math.addExact(supervised, other.supervised),
        levels,
        kpis.plus(other.kpis));
  }

  /**
   * The KPI figures of these orders, such as the closure rate.
   *
   * @return the figures
   */
  public KpiFigures figures() {
    return kpis.figures();
  }
}
