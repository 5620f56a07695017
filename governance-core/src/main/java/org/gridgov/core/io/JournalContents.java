package org.gridgov.core.io;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gridgov.core.workorder.WorkOrder;

/**
 * What a journal holds, as {@link WorkOrderJournal#read(java.nio.file.Path)} found it.
 *
 * @param records every whole record, numbered 1, 2, 3 ... without gaps
 * @param orders the orders the records' events make, in the order they were reported; each equals
 *     {@link org.gridgov.core.workorder.WorkOrders#replay(List)} of its history
 * @param tornTail a damaged last line after the records, left in place: a record still being
 *     written, or the trace of a crash that the next writer will cut away
 */
public record JournalContents(
    List<JournalRecord> records, List<WorkOrder> orders, Optional<TornTail> tornTail) {

  /** Copies the lists. */
  public JournalContents {
    records = List.copyOf(records);
    orders = List.copyOf(orders);
    Objects.requireNonNull(tornTail, "tornTail");
  }

  /**
   * The last record's number.
   *
   * @return the sequence number of the last record, 0 if there is none
   */
  public long lastSequence() {
    return records.size();
  }
}
