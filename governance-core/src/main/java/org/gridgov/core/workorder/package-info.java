/**
 * Work orders (工单): how a matter from the lists is dispatched (派单), accepted (接单), resolved, rated
 * (评单), escalated (上报), supervised (督办) and closed (销号), and how orders are reconciled in a ledger
 * (对账).
 *
 * <p>{@link org.gridgov.core.workorder.WorkOrder} is the immutable aggregate; its commands return a
 * {@link org.gridgov.core.workorder.Transition} and record {@link
 * org.gridgov.core.workorder.WorkOrderEvent}s, from which {@link
 * org.gridgov.core.workorder.WorkOrders#replay(java.util.List)} rebuilds it. The transition table
 * is documented on {@link org.gridgov.core.workorder.WorkOrderStatus}. {@link
 * org.gridgov.core.workorder.Ledger} reconciles orders by list, grid, community, street and period.
 *
 * <p>Null is never a valid argument; optional values are {@link java.util.Optional}. No clock is
 * read: every time is passed in.
 */
package org.gridgov.core.workorder;
