package org.gridgov.core.cycle;

/** What the residents' rating (评单) of a resolved project does, as the rating table decides. */
public enum ProjectRatingOutcome {
  /** Reconciled and closed (销号): the project's items are closed. */
  CLOSE(ItemState.CLOSED),
  /** Not satisfied: the project goes back on the next meeting's agenda. */
  BACK_ON_AGENDA(ItemState.RATED);

  private final ItemState state;

  ProjectRatingOutcome(ItemState state) {
    this.state = state;
  }

  /**
   * The state the project's items move to.
   *
   * @return the state
   */
  public ItemState state() {
    return state;
  }
}
