/**
 * Posts: the configurable catalogue of post types, the service posts of a grid, the claims (认领) of
 * registered Party members and capable residents on them, and the "10+X" service menu.
 *
 * <p>A claim that breaks a business rule (the post is full, the person already holds it) is a
 * returned {@link org.gridgov.core.post.ClaimOutcome.Refused}, not an exception; exceptions are
 * kept for malformed values.
 *
 * <p>Direction: this package depends on {@code people}, {@code territory} and {@code common}; no
 * other domain package depends on it. Every type here is immutable and safe to share between
 * threads.
 */
package org.gridgov.core.post;
