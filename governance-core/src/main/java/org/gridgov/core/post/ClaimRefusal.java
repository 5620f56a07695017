package org.gridgov.core.post;

/** Why a claim of a post was refused. */
public enum ClaimRefusal {
  /** The board has no post with that id. */
  UNKNOWN_POST,
  /** The post is held by as many people as its capacity. */
  POST_FULL,
  /** The person already holds the post. */
  ALREADY_CLAIMED
}
