package org.gridgov.core.cycle;

import java.time.LocalDate;
import java.util.Objects;
import org.gridgov.core.common.Checks;

/**
 * A milestone of a dispatched project, such as the design agreed or the works done, due on a
 * working day.
 *
 * @param name what is to be reached
 * @param dueOn when, a working day on the calendar the time limit counts on
 */
public record Milestone(String name, LocalDate dueOn) {

  /** Checks the fields. */
  public Milestone {
    Checks.text(name, Checks.term("milestoneName"));
    Objects.requireNonNull(dueOn, "milestone " + name + " has a due date");
  }
}
