/**
 * Benchmarks of the rules engine: routing and the escalation sweep on the engine's rules against
 * hand-coded Java that makes the same default decisions ({@link
 * org.gridgov.benchmarks.BaselineRouting}, {@link org.gridgov.benchmarks.BaselineEscalation}), on
 * generated orders over the Jin'an district; and the engine's cold start ({@link
 * org.gridgov.benchmarks.ColdStart}).
 */
package org.gridgov.benchmarks;
