package org.gridgov.examples.simulation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gridgov.core.calendar.YearQuarter;
import org.gridgov.core.territory.GridCode;
import org.gridgov.rules.decision.WeakGridReason;

/**
 * A grid the evaluation rules found weak (薄弱网格) in one quarter of a simulated year or more.
 *
 * @param grid the grid
 * @param quarters the quarters it was weak in, in order
 * @param reasons the reasons it was weak for, in the order of the reasons
 * @param lowestScore its lowest score among those quarters, 0 to 100
 * @param firstSecretaryFrom the unit that is to send its first secretary, as the rules recommended
 *     the last time, or the unit of the first secretary already serving it, reviewed instead; empty
 *     when the community has no paired unit and the street must find one
 * @param secretaryServing whether {@code firstSecretaryFrom} is the unit of a first secretary
 *     already serving the grid, whom the rules reviewed, rather than a unit recommended to send one
 */
public record WeakGridLine(
    GridCode grid,
    List<YearQuarter> quarters,
    List<WeakGridReason> reasons,
    double lowestScore,
    Optional<String> firstSecretaryFrom,
    boolean secretaryServing) {

  /** Checks the fields and copies the lists. */
  public WeakGridLine {
    Objects.requireNonNull(grid, "a weak grid line names the grid");
    quarters = List.copyOf(quarters);
    reasons = List.copyOf(reasons);
    if (quarters.isEmpty() || reasons.isEmpty()) {
      throw new IllegalArgumentException(
          "weak grid " + grid + " was weak in a quarter for a reason, got none");
    }
    Objects.requireNonNull(firstSecretaryFrom, "firstSecretaryFrom is Optional.empty() if none");
  }
}
