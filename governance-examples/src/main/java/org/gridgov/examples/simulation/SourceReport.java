package org.gridgov.examples.simulation;

/**
 * The source report's own figures of the list cycle, which the simulation is read beside: "since
 * last year, 1,242 list items were formed and 975 resolved" (去年以来，形成清单 1242 项，解决 975 项), for the
 * district as a whole; the report gives no street or quarter figures.
 */
final class SourceReport {

  /** List items formed in the report's period. */
  static final int FORMED = 1_242;

  /** List items resolved in the report's period. */
  static final int RESOLVED = 975;

  private SourceReport() {}

  /** The report's resolution rate, 975 / 1,242. */
  static double rate() {
    return (double) RESOLVED / FORMED;
  }
}
