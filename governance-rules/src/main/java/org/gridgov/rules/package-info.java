/**
 * The host API of the rules engine: {@link org.gridgov.rules.GovernanceEngine}, made by its
 * builder, which loads the default rules and any integrator rule folders and fires them over facts;
 * {@link org.gridgov.rules.AuditListener}, which sees every decision; and the refusals and reports
 * a host handles: {@link org.gridgov.rules.RuleLoadException} with its {@link
 * org.gridgov.rules.RuleProblem}s, {@link org.gridgov.rules.RuleReview} and {@link
 * org.gridgov.rules.RuleLimitException}.
 *
 * <p>The concerns built on the engine are in {@link org.gridgov.rules.routing}, {@link
 * org.gridgov.rules.escalation} and {@link org.gridgov.rules.evaluation}; the facts rules read and
 * the decisions they make in {@link org.gridgov.rules.fact} and {@link org.gridgov.rules.decision}.
 * The engine itself, in {@code org.gridgov.rules.engine}, is internal.
 */
package org.gridgov.rules;
