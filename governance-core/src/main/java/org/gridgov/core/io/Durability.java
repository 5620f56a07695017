package org.gridgov.core.io;

/**
 * When a {@link WorkOrderJournal} forces its records to stable storage ({@code fsync}), which is
 * what makes them survive a power cut and not only a crash of the process.
 *
 * <p>Every policy forces the file when the journal is opened, on {@link WorkOrderJournal#sync()}
 * and on {@link WorkOrderJournal#close()}; they differ in how often they force between:
 *
 * <ul>
 *   <li>{@link #everyRecord()}: before {@link WorkOrderJournal#append} returns, so that every
 *       sequence number it returns is durable;
 *   <li>{@link #everyRecords(int) everyRecords(n)}: once {@code n} records have been appended since
 *       the last force, so that at most {@code n - 1} returned sequence numbers are not yet
 *       durable;
 *   <li>{@link #onClose()}: never between, for bulk loads that can start again from the beginning.
 * </ul>
 *
 * <p>{@link WorkOrderJournal#durableSequence()} tells how far the records are durable.
 *
 * @param records how many appended records make the journal force the file: 1 for every record, 0
 *     for only on close and on {@code sync()}
 */
public record Durability(int records) {

  /** Checks the count. */
  public Durability {
    if (records < 0) {
      throw new IllegalArgumentException(
          "a durability policy forces every 1 or more records, or 0 for only on close, got "
              + records);
    }
  }

  /**
   * Forces every record before {@code append} returns.
   *
   * @return the policy
   */
  public static Durability everyRecord() {
    return new Durability(1);
  }

  /**
   * Forces the file once {@code n} records have been appended since it was last forced.
   *
   * @param n how many records, 1 or more
   * @return the policy
   * @throws IllegalArgumentException if {@code n} is less than 1
   */
  public static Durability everyRecords(int n) {
    if (n < 1) {
      throw new IllegalArgumentException(
          "a journal forces its file every 1 or more records, got " + n);
    }
    return new Durability(n);
  }

  /**
   * Forces the file only on close and on {@code sync()}.
   *
   * @return the policy
   */
  public static Durability onClose() {
    return new Durability(0);
  }

  /** Whether this many records appended since the last force call for a force now. */
  boolean forcesAfter(long appendedSinceForce) {
    return records > 0 && appendedSinceForce >= records;
  }

  @Override
  public String toString() {
    return records == 0
        ? "on close"
        : records == 1 ? "every record" : "every " + records + " records";
  }
}
