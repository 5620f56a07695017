package org.gridgov.examples.simulation;

import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.gridgov.core.territory.StreetCode;
import org.gridgov.core.workorder.EscalationLevel;
import org.gridgov.core.workorder.LedgerLine;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.core.workorder.WorkOrderEvent;
import org.gridgov.core.workorder.WorkOrderStatus;

/**
 * The ledger (台账) of a simulated year in counts: every order formed in the year, as it stands at
 * the end of the year, counted in total, per street and per month. It holds no order, so that a
 * year of a million orders is reported from a few lines; the lines are those of a core {@link
 * org.gridgov.core.workorder.Ledger} of the same orders.
 *
 * @param total all orders in one line
 * @param byStreet one line per street that has orders, in code order
 * @param byMonth the orders formed and closed in each month that has some, in month order
 */
public record YearLedger(
    LedgerLine total, Map<StreetCode, LedgerLine> byStreet, Map<YearMonth, MonthLine> byMonth) {

  /**
   * The orders of one month.
   *
   * @param formed the orders reported in the month
   * @param closed the orders closed (销号) in the month: their last event, the closing, fell in it
   */
  public record MonthLine(int formed, int closed) {

    /** Checks that both are counts. */
    public MonthLine {
      if (formed < 0 || closed < 0) {
        throw new IllegalArgumentException(
            "a month's orders are counts, got " + formed + " formed and " + closed + " closed");
      }
    }
  }

  /**
   * Checks that the streets and the months add up to the total, and copies the maps in order.
   *
   * @throws IllegalArgumentException if the streets' lines or the months' counts do not add up to
   *     the total
   */
  public YearLedger {
    Objects.requireNonNull(total, "a year's ledger has a total line");
    TreeMap<StreetCode, LedgerLine> streets =
        new TreeMap<>(Comparator.comparing(StreetCode::value));
    streets.putAll(byStreet);
    LedgerLine sum = LedgerLine.EMPTY;
    for (LedgerLine line : streets.values()) {
      sum = sum.plus(line);
    }
    if (sum.formed() != total.formed()
        || sum.closed() != total.closed()
        || sum.open() != total.open()
        || sum.cancelled() != total.cancelled()) {
      throw new IllegalArgumentException(
          "the streets' lines add up to the total, got " + sum + " for a total of " + total);
    }
    TreeMap<YearMonth, MonthLine> months = new TreeMap<>(byMonth);
    int formed = months.values().stream().mapToInt(MonthLine::formed).sum();
    int closed = months.values().stream().mapToInt(MonthLine::closed).sum();
    if (formed != total.formed() || closed != total.closed()) {
      throw new IllegalArgumentException(
          "the months add up to the total, got "
              + formed
              + " formed and "
              + closed
              + " closed by month for "
              + total.formed()
              + " formed and "
              + total.closed()
              + " closed");
    }
    byStreet = Collections.unmodifiableMap(new LinkedHashMap<>(streets));
    byMonth = Collections.unmodifiableMap(new LinkedHashMap<>(months));
  }

  /**
   * The lines of orders counted one by one, as a simulation closes them or ends its year; each
   * order is added once, as it finally stands. Not thread-safe.
   */
  static final class Tally {

    private final ZoneId zone;
    private final Map<StreetCode, LedgerLine> streets = new LinkedHashMap<>();
    private final TreeMap<YearMonth, int[]> months = new TreeMap<>();
    private final EnumMap<EscalationLevel, Integer> escalations =
        new EnumMap<>(EscalationLevel.class);

    /**
     * An empty tally.
     *
     * @param zone the zone whose dates decide the month of a report or a closing
     */
    Tally(ZoneId zone) {
      this.zone = zone;
    }

    /**
     * Counts orders as they finally stand: their lines, their months and their escalations.
     *
     * @param orders the orders, each added once
     */
    void addAll(Collection<WorkOrder> orders) {
      Map<StreetCode, List<WorkOrder>> byStreet = new HashMap<>();
      for (WorkOrder order : orders) {
        byStreet.computeIfAbsent(order.grid().street(), s -> new ArrayList<>()).add(order);
        month(order.reportedAt().atZone(zone))[0]++;
        if (order.status() == WorkOrderStatus.CLOSED) {
          month(order.lastEventAt().atZone(zone))[1]++;
        }
        for (WorkOrderEvent e : order.history()) {
          if (e instanceof WorkOrderEvent.Escalated up) {
            escalations.merge(up.to(), 1, Integer::sum);
          }
        }
      }
      byStreet.forEach(
          (street, ofStreet) -> streets.merge(street, LedgerLine.of(ofStreet), LedgerLine::plus));
    }

    private int[] month(ZonedDateTime at) {
      return months.computeIfAbsent(YearMonth.from(at), m -> new int[2]);
    }

    /**
     * The ledger of the orders added.
     *
     * @return the ledger
     */
    YearLedger ledger() {
      LedgerLine total = LedgerLine.EMPTY;
      for (LedgerLine line : streets.values()) {
        total = total.plus(line);
      }
      Map<YearMonth, MonthLine> byMonth = new LinkedHashMap<>();
      months.forEach((m, n) -> byMonth.put(m, new MonthLine(n[0], n[1])));
      return new YearLedger(total, streets, byMonth);
    }

    /**
     * How many escalations the orders added went through, to each level.
     *
     * @return the count per level that occurred
     */
    Map<EscalationLevel, Integer> escalations() {
      return new EnumMap<>(escalations);
    }
  }
}
