/**
 * The list cycle (清单闭环) of a community: demands are sorted onto the demand list (群众需求清单) and either
 * settled at once in the grid (小事不出网格) or grouped into proposals for the governance project list
 * (治理项目清单) that use the service resource list (服务资源清单); each quarter the joint meeting (联席会议)
 * agrees, defers, refers up or rejects them; agreed projects are dispatched (派单), taken (接单) or
 * returned (退单), resolved, rated by residents (评单) and closed item by item (逐项对账销号).
 *
 * <p>The rules decide (governance-rules, {@code org.gridgov.rules.cycle}); this package applies the
 * decisions. {@link org.gridgov.core.cycle.CycleLedger} is the live state of one district's cycle:
 * every change is a {@link org.gridgov.core.cycle.CycleEvent}, and replaying the events gives the
 * same state. At every quarter end each list item is in exactly one {@link
 * org.gridgov.core.cycle.ItemState}.
 *
 * <p>Direction: this package depends on {@code lists}, {@code meeting}, {@code workorder} (the
 * responsible subject and the escalation ladder), {@code territory}, {@code organisation}, {@code
 * people}, {@code evaluation}, {@code calendar} and {@code common}; no domain package depends on
 * it. Every type here but the ledger is immutable and safe to share between threads.
 */
package org.gridgov.core.cycle;
