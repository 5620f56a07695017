/**
 * The decisions rules make: immutable records, each naming the rule that made it ({@link
 * org.gridgov.rules.decision.Decision#rule()}). Rules decide, the domain applies: routing proposals
 * ({@link org.gridgov.rules.decision.RouteCandidate}), time limits, escalation steps, reminders and
 * supervision, ratings, stars and weak grids are returned to the host, which applies them through
 * the work-order lifecycle and the evaluation of grids and people.
 *
 * <p>This package is on the default allow-list of integrator rule files, which insert these
 * records; the catalogue rules define categories ({@link
 * org.gridgov.rules.decision.CategoryDefinition}), time limits and score weights with them too.
 */
package org.gridgov.rules.decision;
