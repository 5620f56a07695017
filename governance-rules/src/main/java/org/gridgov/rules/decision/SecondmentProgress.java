package org.gridgov.rules.decision;

/** How a weak grid with a first secretary (第一书记) moved since the quarter before. */
public enum SecondmentProgress {
  /** Its score rose since the quarter before. */
  IMPROVING,
  /** Its score stayed or fell, or there is no score of the quarter before to compare with. */
  NOT_IMPROVING
}
