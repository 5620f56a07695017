/**
 * Internal: the engine behind {@link org.gridgov.rules.GovernanceEngine}. Not API; it may change in
 * any release without notice, and hosts, integrators and the library's other packages reach it only
 * through {@link org.gridgov.rules.GovernanceEngine}.
 *
 * <p>It loads the default and integrator rules into a shared rule base split by concern, guards
 * integrator files (their encoding, the Drools constructs they use, the types they reach and the
 * bytecode they compile to, checked against an allow-list), reads CSV and spreadsheet decision
 * tables, reviews what rules mean, precomputes the catalogue of the default rules at build time,
 * and fires the rules of each call within the bounds of {@link
 * org.gridgov.rules.RuleLimitException}. {@link org.gridgov.rules.engine.Engines} is the one entry
 * point the host API uses.
 */
package org.gridgov.rules.engine;
