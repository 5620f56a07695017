package org.gridgov.core.workorder;

/** Why a work order was cancelled rather than closed. */
public enum CancellationReason {
  /** The same matter is already on another order. */
  DUPLICATE,
  /** Not a matter at all: a false, unintelligible or malicious report. */
  INVALID,
  /** The resident withdrew the request. */
  WITHDRAWN,
  /** Not for grid governance to handle, such as a court case; the resident is referred on. */
  OUT_OF_SCOPE
}
