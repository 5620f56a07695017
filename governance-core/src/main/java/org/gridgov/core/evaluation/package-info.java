/**
 * Evaluation: how residents rate the handling of a matter and how the handling is measured.
 *
 * <p>{@link org.gridgov.core.evaluation.Rating} is a resident's verdict on a resolved work order
 * (评单); {@link org.gridgov.core.evaluation.Kpi} names the measures, {@link
 * org.gridgov.core.evaluation.KpiCounts} holds the raw, additive counts they are computed from and
 * {@link org.gridgov.core.evaluation.KpiFigures} the resulting rates. The package holds values and
 * formulas only: it knows nothing of work orders, which compute their own counts.
 */
package org.gridgov.core.evaluation;
