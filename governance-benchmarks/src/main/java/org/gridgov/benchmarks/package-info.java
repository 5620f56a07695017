/**
 * Benchmarks of the rules engine: routing and the escalation sweep on the engine's rules against
 * hand-coded Java that makes the same default decisions ({@link
 * org.gridgov.benchmarks.BaselineRouting}, {@link org.gridgov.benchmarks.BaselineEscalation}), on
 * generated orders over the Jin'an district; the engine's cold start ({@link
 * org.gridgov.benchmarks.ColdStart}); and the whole country's territory loaded from the national
 * file and looked up by code ({@link org.gridgov.benchmarks.NationalTerritoryBenchmark}).
 */
package org.gridgov.benchmarks;
