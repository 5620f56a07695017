package org.gridgov.core.workorder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.gridgov.core.calendar.Period;
import org.gridgov.core.common.ValueRefusedException;
import org.gridgov.core.territory.CommunityCode;
import org.gridgov.core.territory.GridCode;
import org.gridgov.core.territory.StreetCode;

/**
 * The ledger (台账) that reconciles work orders item by item (对账销号): how many were formed, closed,
 * are open or were cancelled, per list, grid, community and street, and in total.
 *
 * <p><b>As of an instant.</b> A ledger counts every order as it stood at one instant: its history
 * replayed up to and including that instant ({@link WorkOrder#asOf(Instant)}); orders reported
 * after it are not in the ledger. {@link #of(Collection, ZoneId)} takes the orders as they stand.
 *
 * <p><b>In a period.</b> An order is formed in a {@link Period} when the date of its report, in the
 * ledger's zone (for Chinese districts {@code Asia/Shanghai}), lies in the period. {@link
 * #within(Period)} keeps those orders; {@link #forPeriod(Collection, ZoneId, Period)} counts the
 * orders formed in a period as they stood at the end of its last day, which is what a quarterly
 * reconciliation reports.
 *
 * <p>Every line balances: {@code formed = closed + open + cancelled} (see {@link LedgerLine}), and
 * the lines of every grouping add up to {@link #total()}. A ledger is immutable and safe to share
 * between threads.
 */
public final class Ledger {

  private final List<WorkOrder> orders;
  private final ZoneId zone;

  private Ledger(List<WorkOrder> orders, ZoneId zone) {
    this.orders = List.copyOf(orders);
    this.zone = zone;
  }

  /**
   * A ledger of orders as they stand.
   *
   * @param orders the orders, each id at most once
   * @param zone the zone whose dates decide which period an order was formed in
   * @return the ledger
   * @throws IllegalArgumentException if two orders have the same id
   */
  public static Ledger of(Collection<WorkOrder> orders, ZoneId zone) {
    Objects.requireNonNull(orders, "orders");
    Objects.requireNonNull(zone, "zone");
    Set<WorkOrderId> seen = new HashSet<>();
    for (WorkOrder order : orders) {
      if (!seen.add(Objects.requireNonNull(order, "order").id())) {
        throw ValueRefusedException.of("refused.Ledger.ledgerCountsEachOrder", order.id());
      }
    }
    return new Ledger(new ArrayList<>(orders), zone);
  }

  /**
   * A ledger of orders as they stood at an instant; orders reported after it are left out.
   *
   * @param orders the orders, each id at most once
   * @param zone the zone whose dates decide which period an order was formed in
   * @param instant the instant at which to take the orders' state
   * @return the ledger
   * @throws IllegalArgumentException if two orders have the same id
   */
  public static Ledger asOf(Collection<WorkOrder> orders, ZoneId zone, Instant instant) {
    Objects.requireNonNull(instant, "instant");
    Ledger all = of(orders, zone);
    List<WorkOrder> then = new ArrayList<>();
    for (WorkOrder order : all.orders) {
      order.asOf(instant).ifPresent(then::add);
    }
    return new Ledger(then, zone);
  }

  /**
   * A ledger of the orders formed in a period, as they stood at the end of its last day in the
   * zone.
   *
   * @param orders the orders, each id at most once
   * @param zone the zone of the period's dates
   * @param period the period
   * @return the ledger
   * @throws IllegalArgumentException if two orders have the same id
   */
  public static Ledger forPeriod(Collection<WorkOrder> orders, ZoneId zone, Period period) {
    Objects.requireNonNull(period, "period");
    Instant end =
        period
            .last()
            .plusDays(1)
            .atStartOfDay(Objects.requireNonNull(zone, "zone"))
            .toInstant()
            .minusNanos(1);
    return asOf(orders, zone, end).within(period);
  }

  /**
   * This ledger narrowed to the orders formed in a period: reported on a date of the period in the
   * ledger's zone.
   *
   * @param period the period
   * @return the narrower ledger
   */
  public Ledger within(Period period) {
    Objects.requireNonNull(period, "period");
    List<WorkOrder> kept = new ArrayList<>();
    for (WorkOrder order : orders) {
      if (period.contains(formedOn(order))) {
        kept.add(order);
      }
    }
    return new Ledger(kept, zone);
  }

  /**
   * The date an order was formed on, in this ledger's zone.
   *
   * @param order the order
   * @return the date of its report
   */
  public LocalDate formedOn(WorkOrder order) {
    return order.reportedAt().atZone(zone).toLocalDate();
  }

  /**
   * The orders in this ledger, as they stood at its instant.
   *
   * @return an unmodifiable list
   */
  public List<WorkOrder> orders() {
    return orders;
  }

  /**
   * The zone whose dates decide periods.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * All orders in one line.
   *
   * @return the total
   */
  public LedgerLine total() {
    return LedgerLine.of(orders);
  }

  /**
   * One line per street that has orders.
   *
   * @return lines by street code, in code order
   */
  public Map<StreetCode, LedgerLine> byStreet() {
    return group(order -> order.grid().street());
  }

  /**
   * One line per community that has orders.
   *
   * @return lines by community code, in code order
   */
  public Map<CommunityCode, LedgerLine> byCommunity() {
    return group(order -> order.grid().community());
  }

  /**
   * One line per grid that has orders.
   *
   * @return lines by grid code, in code order
   */
  public Map<GridCode, LedgerLine> byGrid() {
    return group(WorkOrder::grid);
  }

  /**
   * One line per list: the demand list and the project list, each present even without orders.
   *
   * @return lines by list
   */
  public Map<OriginList, LedgerLine> byOrigin() {
    Map<OriginList, LedgerLine.Sum> sums = new LinkedHashMap<>();
    for (OriginList list : OriginList.values()) {
      sums.put(list, new LedgerLine.Sum());
    }
    for (WorkOrder order : orders) {
      sums.get(order.origin().list()).add(order);
    }
    Map<OriginList, LedgerLine> lines = new LinkedHashMap<>();
    sums.forEach((list, sum) -> lines.put(list, sum.line()));
    return Collections.unmodifiableMap(lines);
  }

  /**
   * The line of one street.
   *
   * @param street the street
   * @return its line, or empty if it has no orders
   */
  public Optional<LedgerLine> street(StreetCode street) {
    return Optional.ofNullable(byStreet().get(street));
  }

  private <K> Map<K, LedgerLine> group(Function<WorkOrder, K> key) {
    Map<K, LedgerLine.Sum> sums = new HashMap<>();
    for (WorkOrder order : orders) {
      sums.computeIfAbsent(key.apply(order), k -> new LedgerLine.Sum()).add(order);
    }
    Map<K, LedgerLine> lines = new TreeMap<>(Comparator.comparing(Object::toString));
    sums.forEach((k, sum) -> lines.put(k, sum.line()));
    return Collections.unmodifiableMap(new LinkedHashMap<>(lines));
  }

  @Override
  public String toString() {
    LedgerLine total = total();
    return "Ledger["
        + total.formed()
        + " formed, "
        + total.closed()
        + " closed, "
        + total.open()
        + " open, "
        + total.cancelled()
        + " cancelled]";
  }
}
