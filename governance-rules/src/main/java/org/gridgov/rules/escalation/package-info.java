/**
 * Escalation of work orders: the time limits of the SLA table, the deadlines they give at dispatch,
 * and the sweep that decides what is late and where it goes next. The facade is {@link
 * org.gridgov.rules.escalation.Escalation}, obtained from {@link
 * org.gridgov.rules.escalation.Escalation#on(org.gridgov.rules.GovernanceEngine)}.
 */
package org.gridgov.rules.escalation;
