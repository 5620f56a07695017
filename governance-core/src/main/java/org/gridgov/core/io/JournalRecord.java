package org.gridgov.core.io;

import java.util.Objects;
import org.gridgov.core.workorder.WorkOrderEvent;

/**
 * One record of a {@link WorkOrderJournal}: an event and its place in the journal.
 *
 * @param sequence the record's number in the journal: 1 for the first record, one more for each
 *     next, without gaps
 * @param event the event; its order is the record's order
 */
public record JournalRecord(long sequence, WorkOrderEvent event) {

  /** Checks the components. */
  public JournalRecord {
    if (sequence < 1) {
      throw new IllegalArgumentException(
          "a journal record's sequence number is 1 or more, got " + sequence);
    }
    Objects.requireNonNull(event, "a journal record holds an event");
  }
}
