package org.gridgov.rules.evaluation;

/**
 * The raw, additive counts of a subject in a role, from which the {@link RoleKpi}s are computed.
 * Each count is of dispatches (派遣): one dispatch of an order to a subject, until the order is
 * returned or dispatched again.
 *
 * @param dispatches dispatches made (dispatcher) or received (handler)
 * @param dispatchedOnTime dispatches made within the limit after the report or the return
 * @param returned dispatches that ended in a return (退单) as not the subject's
 * @param acceptDue dispatches received with an accept-by deadline
 * @param acceptedOnTime of those, the ones accepted by it
 * @param resolveDue dispatches received with a resolve-by deadline that were not returned
 * @param resolvedOnTime of those, the ones first resolved by it
 * @param resolved dispatches received that were resolved at least once
 * @param reworked of those, the ones reopened by an unsatisfied rating
 * @param rated ratings given while the subject held the order
 * @param satisfied of those, the satisfied and basically satisfied ones
 */
public record RoleCounts(
    int dispatches,
    int dispatchedOnTime,
    int returned,
    int acceptDue,
    int acceptedOnTime,
    int resolveDue,
    int resolvedOnTime,
    int resolved,
    int reworked,
    int rated,
    int satisfied) {

  /** No dispatches at all. */
  public static final RoleCounts ZERO = new RoleCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

  /** Checks that the counts nest. */
  public RoleCounts {
    if (dispatchedOnTime < 0
        || returned < 0
        || acceptedOnTime < 0
        || resolvedOnTime < 0
        || reworked < 0
        || satisfied < 0
        || dispatchedOnTime > dispatches
        || returned > dispatches
        || acceptDue > dispatches
        || acceptedOnTime > acceptDue
        || resolveDue > dispatches
        || resolvedOnTime > resolveDue
        || resolved > dispatches
        || reworked > resolved
        || satisfied > rated) {
      throw new IllegalArgumentException(
          "role counts nest: on time, returned and due within dispatches, on time within due,"
              + " reworked within resolved, satisfied within rated; got "
              + java.util.Arrays.toString(
                  new int[] {
                    dispatches,
                    dispatchedOnTime,
                    returned,
                    acceptDue,
                    acceptedOnTime,
                    resolveDue,
                    resolvedOnTime,
                    resolved,
                    reworked,
                    rated,
                    satisfied
                  }));
    }
  }

  /**
   * Adds two sets of counts, component by component.
   *
   * @param o the counts to add
   * @return the sum
   * @throws ArithmeticException if a count overflows
   */
  public RoleCounts plus(RoleCounts o) {
    return new RoleCounts(
        Math.addExact(dispatches, o.dispatches),
        Math.addExact(dispatchedOnTime, o.dispatchedOnTime),
        Math.addExact(returned, o.returned),
        Math.addExact(acceptDue, o.acceptDue),
        Math.addExact(acceptedOnTime, o.acceptedOnTime),
        Math.addExact(resolveDue, o.resolveDue),
        Math.addExact(resolvedOnTime, o.resolvedOnTime),
        Math.addExact(resolved, o.resolved),
        Math.addExact(reworked, o.reworked),
        Math.addExact(rated, o.rated),
        Math.addExact(satisfied, o.satisfied));
  }
}
