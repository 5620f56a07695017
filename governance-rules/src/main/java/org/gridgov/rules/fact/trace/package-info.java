/**
 * Internal: the routing memo's trace of which fields of a {@link
 * org.gridgov.rules.fact.RoutingCase} the rules read while one case is decided. Not API and not
 * part of what rule files may use (the allow-list names {@code org.gridgov.rules.fact}, not its
 * sub-packages): the trace keeps a thread-local and a shared counter that only routing may drive.
 * It may change in any release without notice.
 */
package org.gridgov.rules.fact.trace;
