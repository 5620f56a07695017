/**
 * The list cycle by the rules (清单闭环): which track a demand takes, how demands are grouped into
 * proposals and matched with resources, the agenda and outcomes of the quarterly joint meeting, the
 * dispatch with its time limit and milestones, the residents' rating and the supervision of late
 * projects. Made by {@link org.gridgov.rules.cycle.ListCycle#on}.
 *
 * <p>Rules decide, the domain applies: every method here reads the {@link
 * org.gridgov.core.cycle.CycleLedger} and returns decisions, each naming the rule that made it; the
 * host applies them through the ledger's commands. The rules live under {@code
 * org/gridgov/rules/cycle/} and are replaced by integrators like the others.
 */
package org.gridgov.rules.cycle;
