package org.gridgov.core.meeting;

/** What a session of a consultation meeting came to. */
public enum SessionResult {
  /** The residents agreed the project. */
  AGREED,
  /** The residents did not agree; another session is needed. */
  NOT_AGREED,
  /** The session was adjourned before a view was taken. */
  ADJOURNED
}
