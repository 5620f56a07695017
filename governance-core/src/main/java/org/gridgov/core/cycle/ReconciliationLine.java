package org.gridgov.core.cycle;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.gridgov.core.common.ValueRefusedException;

/**
 * The reconciliation (对账) of one community, street or district at a quarter end: how many items
 * stood in each state at the end, how many entered each state during the quarter, and how many were
 * formed in all up to the end.
 *
 * @param atEnd items by state at the quarter end; every state is a key
 * @param during items that entered each state during the quarter; every state is a key
 * @param formed items formed from the start of the ledger to the quarter end
 */
public record ReconciliationLine(
    Map<ItemState, Long> atEnd, Map<ItemState, Long> during, long formed) {

  /** Checks and copies the counts. */
  public ReconciliationLine {
    atEnd = complete(atEnd, "atEnd");
    during = complete(during, "during");
    if (formed < 0) {
      throw ValueRefusedException.of("refused.ReconciliationLine.itemsFormedMore", formed);
    }
  }

  /** A line with nothing in it. */
  static final ReconciliationLine EMPTY = new ReconciliationLine(Map.of(), Map.of(), 0);

  private static Map<ItemState, Long> complete(Map<ItemState, Long> counts, String what) {
    Objects.requireNonNull(counts, what);
    EnumMap<ItemState, Long> all = new EnumMap<>(ItemState.class);
    for (ItemState s : ItemState.values()) {
      long n = counts.getOrDefault(s, 0L);
      if (n < 0) {
        throw new IllegalArgumentException(what + " counts 0 or more items in " + s + ", got " + n);
      }
      all.put(s, n);
    }
    return Map.copyOf(all);
  }

  /**
   * Items standing at the quarter end, resolved, open or cancelled.
   *
   * @param standing which
   * @return how many
   */
  public long standing(Standing standing) {
    return atEnd.entrySet().stream()
        .filter(e -> e.getKey().standing() == standing)
        .mapToLong(Map.Entry::getValue)
        .sum();
  }

  /**
   * Items resolved by the quarter end: resolved and waiting for the rating, or closed.
   *
   * @return how many
   */
  public long resolved() {
    return standing(Standing.RESOLVED);
  }

  /**
   * Items open at the quarter end.
   *
   * @return how many
   */
  public long open() {
    return standing(Standing.OPEN);
  }

  /**
   * Items cancelled by the quarter end.
   *
   * @return how many
   */
  public long cancelled() {
    return standing(Standing.CANCELLED);
  }

  /**
   * Items standing at the quarter end in all states: equal to {@link #formed()} when no item is
   * lost or counted twice.
   *
   * @return how many
   */
  public long standingTotal() {
    return atEnd.values().stream().mapToLong(Long::longValue).sum();
  }

  /**
   * The resolution rate: resolved over formed.
   *
   * @return 0 to 1, or 0 when nothing was formed
   */
  public double resolutionRate() {
    return formed == 0 ? 0.0 : (double) resolved() / formed;
  }

  ReconciliationLine plus(ReconciliationLine other) {
    EnumMap<ItemState, Long> end = new EnumMap<>(ItemState.class);
    EnumMap<ItemState, Long> dur = new EnumMap<>(ItemState.class);
    for (ItemState s : ItemState.values()) {
      end.put(s, atEnd.get(s) + other.atEnd.get(s));
      dur.put(s, during.get(s) + other.during.get(s));
    }
    return new ReconciliationLine(end, dur, formed + other.formed);
  }
}
