package org.gridgov.rules.decision;

/** What a resident's rating does to a work order. */
public enum RatingOutcome {
  /** Record the rating and close the order (评单, 销号). */
  CLOSE,
  /** Record the rating, which reopens the order with the same assignee. */
  REOPEN,
  /** Record the rating, which reopens the order, and put the order under supervision (督办). */
  REOPEN_AND_SUPERVISE
}
