/**
 * Evaluation (评价): what residents' ratings do to work orders, the grid scores, weak grids and their
 * first secretaries, the grid service stars and the communities' quarterly compliance.
 *
 * <p>{@link org.gridgov.rules.evaluation.Evaluation} is the facade, obtained from {@code
 * Evaluation.on(GovernanceEngine)}. It computes the KPIs from the core ledger, inserts flat facts
 * and lets the evaluation rules decide; {@link org.gridgov.rules.evaluation.EvaluationReport} holds
 * what they decided.
 */
package org.gridgov.rules.evaluation;
