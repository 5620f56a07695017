/**
 * Routing: who is responsible for an order. The routing matrix ({@code routing-matrix.drl.csv}),
 * the category table and the DRL rules beside them propose targets; {@link
 * org.gridgov.rules.routing.Routing} keeps the proposal with the highest priority and turns its
 * target into a concrete responsible subject of the district.
 */
package org.gridgov.rules.routing;
