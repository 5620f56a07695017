package org.gridgov.core.territory;

import java.util.Arrays;

/**
 * An open-addressing map from a statistical code to a position, such as the position of the unit in
 * an array. Each slot is one long holding the code and the position together, so that a probe reads
 * a single word; the table grows to keep at most two thirds of its slots filled, so a lookup reads
 * about two.
 *
 * <p>A table is not thread-safe while it is filled; one that is only read after being filled and
 * safely published may be read by any number of threads.
 */
final class CodeTable {

  /** The positions a slot can hold: 0 to {@code 2^23 - 1}. */
  static final int MAX_POSITIONS = 1 << 23;

  /** The codes a slot can hold: 0 to {@code 2^40 - 1}, which covers twelve decimal digits. */
  static final long MAX_CODE = 1L << 40;

  private static final long EMPTY = -1;
  private static final int POSITION_BITS = 23;
  private static final long POSITION_MASK = (1L << POSITION_BITS) - 1;

  private long[] slots;
  private int shift;
  private int size;

  /**
   * Makes an empty table.
   *
   * @param expected how many codes it will hold, to size it once
   */
  CodeTable(int expected) {
    allocate(Math.max(2, expected + expected / 2 + 1));
  }

  /**
   * Maps a code to a position unless it is mapped already.
   *
   * @param code 0 to below {@link #MAX_CODE}
   * @param position 0 to below {@link #MAX_POSITIONS}
   * @return the position the code already had, or -1 if it was added now
   */
  int putIfAbsent(long code, int position) {
    int at = slot(code);
    for (long slot = slots[at]; slot != EMPTY; slot = slots[at]) {
      if (slot >>> POSITION_BITS == code) {
        return (int) (slot & POSITION_MASK);
      }
      at = (at + 1) & (slots.length - 1);
    }
    slots[at] = code << POSITION_BITS | position;
    if (++size * 3L > slots.length * 2L) {
      grow();
    }
    return -1;
  }

  /**
   * The position of a code.
   *
   * @param code any number
   * @return its position, or -1 if the table does not hold it
   */
  int get(long code) {
    if (code < 0 || code >= MAX_CODE) {
      return -1;
    }
    int mask = slots.length - 1;
    int at = slot(code);
    while (true) {
      long slot = slots[at];
      if (slot == EMPTY) {
        return -1;
      }
      if (slot >>> POSITION_BITS == code) {
        return (int) (slot & POSITION_MASK);
      }
      at = (at + 1) & mask;
    }
  }

  /**
   * The bytes the table's slots take.
   *
   * @return eight bytes a slot
   */
  long bytes() {
    return 8L * slots.length;
  }

  private void allocate(int atLeast) {
    int capacity = Integer.highestOneBit(atLeast - 1) << 1;
    slots = new long[capacity];
    shift = 64 - Integer.numberOfTrailingZeros(capacity);
    Arrays.fill(slots, EMPTY);
  }

  private void grow() {
    long[] old = slots;
    allocate(old.length * 2);
    int mask = slots.length - 1;
    for (long slot : old) {
      if (slot != EMPTY) {
        int at = slot(slot >>> POSITION_BITS);
        while (slots[at] != EMPTY) {
          at = (at + 1) & mask;
        }
        slots[at] = slot;
      }
    }
  }

  private int slot(long code) {
    return (int) ((code * 0x9E3779B97F4A7C15L) >>> shift);
  }
}
