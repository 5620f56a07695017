package org.gridgov.core.cycle;

/**
 * Where a list item stands for the reconciliation: formed = resolved + open + cancelled at every
 * level.
 */
public enum Standing {
  /** Still to be done, wherever it is in the cycle. */
  OPEN,
  /** Done: resolved and waiting for the residents' rating, or rated and closed. */
  RESOLVED,
  /** Rejected by the joint meeting, with a reason: it will not be done. */
  CANCELLED
}
