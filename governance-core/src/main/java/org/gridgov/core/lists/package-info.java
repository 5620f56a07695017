/**
 * The micro-lists (微清单): the resident demand list, the service resource list and the governance
 * project list, and the catalogue of matters (power, autonomy and assistance matters) that routing
 * reads.
 *
 * <p>A project moves PROPOSED → AGREED → DISPATCHED → DONE; each move is a method that returns the
 * new project and the event, or a typed refusal for a move its status does not allow.
 *
 * <p>Direction: this package depends on {@code people} (a demand is raised by a person), {@code
 * organisation} (a resource is provided by a unit; areas), {@code territory} and {@code common};
 * none of those depends on it. {@code meeting} depends on it. Every type here is immutable and safe
 * to share between threads.
 */
package org.gridgov.core.lists;
