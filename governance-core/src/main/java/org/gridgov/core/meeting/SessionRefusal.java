package org.gridgov.core.meeting;

/** Why a session could not be added to a consultation meeting. */
public enum SessionRefusal {
  /** The residents have already agreed; the consultation is over. */
  ALREADY_AGREED,
  /** The session is dated before the last session held. */
  BEFORE_LAST_SESSION
}
