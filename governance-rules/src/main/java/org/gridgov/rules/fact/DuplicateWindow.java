package org.gridgov.rules.fact;

/**
 * How close in time two reports of the same category in the same compound must be for the later to
 * count as a duplicate of the earlier.
 *
 * @param seconds the window in seconds, more than zero
 */
public record DuplicateWindow(long seconds) {

  /** Checks the window. */
  public DuplicateWindow {
    if (seconds <= 0) {
      throw new IllegalArgumentException(
          "a duplicate window is longer than zero, got " + seconds + " s");
    }
  }
}
